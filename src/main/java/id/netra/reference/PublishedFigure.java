// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure published by another body, with its scope, source and date. Netra shows these beside its own estimates
 * and counts, labelled as published, never merged into them.
 *
 * @param measureCode what was measured (e.g. {@code asn-non-neutrality-cause})
 * @param category the answer or class within the measure (e.g. {@code kinship}), or null
 * @param electionCode scope: the election, or null
 * @param period scope: the period covered, as published, or null
 * @param regionCode scope: a region code, or null for national
 * @param baseNote what the value is a share of, as a reader needs it
 */
public record PublishedFigure(long id, String publisher, String measureCode, String category, String label,
        String labelEn, String electionCode, String period, String regionCode, BigDecimal value, Unit unit,
        String baseNote, String sourceTitle, String sourceUrl, LocalDate asOf, String notes) {

    public enum Unit { PERCENT, COUNT, INDEX, PERCENTAGE_POINTS }
}
