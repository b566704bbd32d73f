// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an administrator enters to register or correct a published figure: everything but its identity and history.
 * Validated by the reference module before it is stored (publisher known, value within its unit, source and date).
 */
public record PublishedFigureDraft(String publisher, String measureCode, String category, String label,
        String labelEn, String electionCode, String period, String regionCode, BigDecimal value,
        PublishedFigure.Unit unit, String baseNote, String sourceTitle, String sourceUrl, LocalDate asOf,
        String notes) {

    /** The bodies whose figures Netra keeps. */
    public static final java.util.List<String> PUBLISHERS = java.util.List.of("KASN", "BKN", "Bawaslu", "Kemendagri",
            "KemenPANRB");

    public static PublishedFigureDraft of(PublishedFigure f) {
        return new PublishedFigureDraft(f.publisher(), f.measureCode(), f.category(), f.label(), f.labelEn(),
                f.electionCode(), f.period(), f.regionCode(), f.value(), f.unit(), f.baseNote(), f.sourceTitle(),
                f.sourceUrl(), f.asOf(), f.notes());
    }
}
