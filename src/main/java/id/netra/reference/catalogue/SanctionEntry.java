// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.catalogue;

import id.netra.reference.Sanction;
import id.netra.reference.SanctionLevel;
import java.time.LocalDate;

/**
 * A sanction with its catalogue key ({@code PP94-2021}, {@code PP53-2010}, {@code PP42-2004}, {@code PTDH},
 * {@code PPPK}), English name, article and provenance.
 */
public record SanctionEntry(String code, String catalogue, String regulation, SanctionLevel level, String name,
        String nameEn, String legalBasis, String appliesTo, LocalDate validFrom, LocalDate validUntil,
        boolean uncertain, String note, String source) {

    public Sanction toSanction() {
        return new Sanction(code, regulation, level, name, validFrom, validUntil, appliesTo);
    }
}
