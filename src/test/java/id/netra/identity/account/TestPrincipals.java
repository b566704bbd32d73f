// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;
import java.time.Instant;
import java.util.Set;

/**
 * Builds the principal the application keeps after a real sign-in ({@link NetraUserDetails}) without a database row,
 * for {@code id.netra.testing.TestUsers}. Lives here because that principal's constructor is package-private.
 */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    /** A signed-in account as {@link AccountUserDetailsService} would load it, already without its password. */
    public static NetraUserDetails of(String username, String displayName, Set<Role> roles, String agencyCode,
            String regionCode) {
        NewUserAccount request = new NewUserAccount(username, displayName, username + "@netra.test", "n/a", roles,
                agencyCode, regionCode, true);
        NetraUserDetails details = new NetraUserDetails(new UserAccount(request, null, Instant.EPOCH, "test"));
        details.eraseCredentials();
        return details;
    }
}
