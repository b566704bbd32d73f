// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;

/**
 * What an administrator sets on an account besides its username and password. Blank codes mean "no limit"; the
 * {@link AccountRules} decide which role needs which code.
 */
public record AccountDetails(String displayName, String email, Role role, String agencyCode, String regionCode) {

    public AccountDetails {
        displayName = trimmed(displayName);
        email = trimmed(email);
        agencyCode = trimmed(agencyCode);
        regionCode = trimmed(regionCode);
    }

    /** Surrounding spaces are never meant; an empty field is the same as no value. */
    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
