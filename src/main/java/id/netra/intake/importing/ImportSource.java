// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import java.util.Locale;
import java.util.Optional;

/** The systems whose exports Netra imports; the name is stored as the reports' source system. */
public enum ImportSource {
    SP4N_LAPOR, SBT, SIAPNET, OTHER;

    public static Optional<ImportSource> parse(String value) {
        try {
            return value == null ? Optional.empty()
                    : Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
