// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the caller from Spring Security's context. Principals that are not Netra accounts (for example
 * {@code @WithMockUser} in tests) become unscoped users with the roles their authorities name.
 */
@Component
class SecurityContextCurrentUserProvider implements CurrentUserProvider {

    private static final Set<String> ROLE_AUTHORITIES =
            Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toUnmodifiableSet());

    @Override
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof NetraUserDetails details) {
            return Optional.of(details.currentUser());
        }
        return Optional.of(new CurrentUser(authentication.getName(), rolesOf(authentication), null, null));
    }

    @Override
    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    @Override
    public Optional<String> currentDisplayName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof NetraUserDetails details) {
            return Optional.of(details.displayName());
        }
        return current().map(CurrentUser::username);
    }

    private static Set<Role> rolesOf(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (ROLE_AUTHORITIES.contains(authority.getAuthority())) {
                roles.add(Role.valueOf(authority.getAuthority().substring("ROLE_".length())));
            }
        }
        return roles;
    }
}
