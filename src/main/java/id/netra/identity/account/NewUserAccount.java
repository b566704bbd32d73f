// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What it takes to open an account. Usernames are stored in lower case so that sign-in is case-insensitive.
 *
 * @param synthetic true for demo accounts: fictitious people, never real officials
 */
public record NewUserAccount(String username, String displayName, String email, String rawPassword, Set<Role> roles,
        String agencyCode, String regionCode, boolean synthetic) {

    public NewUserAccount {
        Objects.requireNonNull(username, "username");
        username = username.trim().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(rawPassword, "rawPassword");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles = Set.copyOf(roles);
    }
}
