// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the security context. It carries the scope so that {@link CurrentUser} needs no database
 * read per request; it may live in the HTTP session, hence serializable fields only and no password after sign-in.
 */
public final class NetraUserDetails implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final EnumSet<Role> roles;
    private final String agencyCode;
    private final String regionCode;
    private final boolean enabled;
    private String passwordHash;

    NetraUserDetails(UserAccount account) {
        this.username = account.username();
        this.displayName = account.displayName();
        this.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        this.agencyCode = account.agencyCode();
        this.regionCode = account.regionCode();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    private NetraUserDetails(String username, String displayName, Set<Role> roles, String agencyCode,
            String regionCode) {
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.agencyCode = agencyCode;
        this.regionCode = regionCode;
        this.enabled = true;
        this.passwordHash = null;
    }

    /**
     * The principal of a request authenticated with a personal API token: the same roles and scope as the owner's
     * sign-in with a password, read by the token lookup from the owner's live, enabled account; no password.
     */
    public static NetraUserDetails ofTokenOwner(String username, String displayName, Set<Role> roles,
            String agencyCode, String regionCode) {
        return new NetraUserDetails(username, displayName, roles, agencyCode, regionCode);
    }

    public CurrentUser currentUser() {
        return new CurrentUser(username, roles, agencyCode, regionCode);
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
