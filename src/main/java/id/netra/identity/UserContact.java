// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

/** Where to reach a user, for notifications. */
public record UserContact(String username, String displayName, String email, Role role, String agencyCode,
        String regionCode) {
}
