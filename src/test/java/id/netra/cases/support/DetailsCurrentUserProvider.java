// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.testing.TestUsers;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test user resolution: a test puts the whole {@link CurrentUser} (roles and scope) in the authentication's details
 * (see {@link TestUsers.TestUser#authentication()}, used by {@link TestCases#as}), so the access matrix can use users
 * that no user table holds, e.g. a PPK officer of another agency.
 */
public class DetailsCurrentUserProvider implements CurrentUserProvider {

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        if (auth.getDetails() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.of(TestUsers.user(auth.getName(), auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> Role.valueOf(a.substring(5))).toArray(Role[]::new)).currentUser());
    }

    @Override
    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
