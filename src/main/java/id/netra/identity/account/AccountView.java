// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An account as administrators see it; never the password hash.
 *
 * @param role the account's role; an account created outside this page with several roles shows the first
 * @param lastSignedInAt the last sign-in through the login form, {@code null} if none since this was recorded
 * @param version for optimistic locking: send it back with an update
 */
public record AccountView(String username, String displayName, String email, Role role, List<Role> roles,
        String agencyCode, String regionCode, boolean active, boolean synthetic, Instant lastSignedInAt,
        Instant deactivatedAt, String deactivatedBy, Instant createdAt, long version) {

    static AccountView of(UserAccount account) {
        List<Role> roles = account.roles().stream().sorted(Comparator.naturalOrder()).toList();
        return new AccountView(account.username(), account.displayName(), account.email(),
                roles.isEmpty() ? null : roles.get(0), roles, account.agencyCode(), account.regionCode(),
                account.enabled(), account.synthetic(), account.lastSignedInAt(), account.deactivatedAt(),
                account.deactivatedBy(), account.createdAt(), account.version());
    }
}
