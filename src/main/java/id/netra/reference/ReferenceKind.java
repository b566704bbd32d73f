// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a name search or a picker looks for. */
public enum ReferenceKind {
    REGION, AGENCY, ELECTION;

    /** {@code region}, {@code agency} or {@code election} in any case; anything else is empty. */
    public static Optional<ReferenceKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.name().equals(wanted)).findFirst();
    }
}
