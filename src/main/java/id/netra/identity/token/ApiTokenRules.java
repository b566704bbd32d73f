// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import id.netra.shared.Decision;
import java.util.regex.Pattern;

/**
 * What a new token must be: a name its owner will recognise, and an expiry between one day and a year (90 days
 * unless chosen). A token that never expires is not offered: a forgotten script's token should not outlive it.
 */
public final class ApiTokenRules {

    /** Control characters (which PostgreSQL text cannot hold, in the case of NUL) and text-direction overrides. */
    private static final Pattern UNPRINTABLE = Pattern.compile("\\p{Cntrl}|[\\u202A-\\u202E\\u2066-\\u2069]");

    public static final int DEFAULT_DAYS = 90;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final int MAX_NAME = 100;

    public Decision checkNew(String name, Integer expiresInDays) {
        return Decision.all(checkName(name), checkExpiry(expiresInDays));
    }

    Decision checkName(String name) {
        if (name == null || name.isBlank()) {
            return Decision.rejectField("name", "identity.token.name.required");
        }
        if (name.strip().length() > MAX_NAME) {
            return Decision.rejectField("name", "identity.token.name.length", MAX_NAME);
        }
        return Decision.whenField(!UNPRINTABLE.matcher(name).find(), "name", "identity.token.name.characters");
    }

    /** {@code null} means the default. */
    Decision checkExpiry(Integer expiresInDays) {
        return Decision.whenField(expiresInDays == null || expiresInDays >= MIN_DAYS && expiresInDays <= MAX_DAYS,
                "expiresInDays", "identity.token.expiry.range", MIN_DAYS, MAX_DAYS);
    }

    /**
     * A token cannot make another: whoever holds a leaked token could otherwise mint fresh ones that survive its
     * revocation. New tokens need the password (HTTP Basic) or a signed-in page.
     */
    Decision checkCreatedWithPassword(boolean callerUsesToken) {
        return Decision.when(!callerUsesToken, "identity.token.create-needs-password");
    }
}
