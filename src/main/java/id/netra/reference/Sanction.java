// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.LocalDate;

/**
 * A sanction in a versioned catalogue.
 *
 * @param code unique across catalogues, e.g. {@code PP94-2021/RINGAN-1}
 * @param regulation e.g. {@code PP 94/2021}
 * @param validUntil last day in force, or {@code null} while in force
 */
public record Sanction(String code, String regulation, SanctionLevel level, String name, LocalDate validFrom,
        LocalDate validUntil) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }
}
