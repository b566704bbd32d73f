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
        LocalDate validUntil, String appliesTo) {

    /** A sanction for civil servants of every kind the catalogue names (as the older records had it). */
    public Sanction(String code, String regulation, SanctionLevel level, String name, LocalDate validFrom,
            LocalDate validUntil) {
        this(code, regulation, level, name, validFrom, validUntil, "PNS, CPNS, PPPK");
    }

    /**
     * Whether this sanction may be imposed on someone of this employment type, from the catalogue's "applies to":
     * PPPK sanctions (PP 49/2018) only on PPPK, PNS sanctions only on PNS and CPNS (PP 94/2021 applies to CPNS
     * mutatis mutandis).
     */
    public boolean appliesTo(EmploymentType type) {
        if (type == null || appliesTo == null) {
            return true;
        }
        boolean forPppk = appliesTo.contains("PPPK");
        boolean forPns = appliesTo.replace("PPPK", "").contains("PNS");
        return type == EmploymentType.PPPK ? forPppk : forPns;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }
}
