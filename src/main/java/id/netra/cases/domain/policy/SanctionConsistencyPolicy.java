// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.RuleCheck;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionLevel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A PPK decision must use a sanction of the catalogue version in force on the decree date (PP 53/2010 for old cases,
 * PP 94/2021 since 31 Aug 2021, ...), must not be dated in the future, and may be lighter than the level the SKB 2022
 * catalogue maps the violation to only with a written justification. A lighter decision is flagged for the
 * compliance figures (DOMAIN.md §5 P9: sanctions inconsistent with the catalogue).
 */
public final class SanctionConsistencyPolicy {

    /** Shorter texts are not a justification but a placeholder. */
    public static final int MIN_JUSTIFICATION_LENGTH = 20;

    /** The verdict, and whether the decision is to be flagged as lighter than the mapping. */
    public record Result(RuleCheck check, boolean lighterThanMapped) {
    }

    /**
     * @param sanction the catalogue entry the decision names, empty when the code is unknown
     * @param mappedLevel the level the violation maps to, or {@code null} when unknown (no comparison then)
     */
    public Result check(String sanctionCode, Optional<Sanction> sanction, LocalDate decreeDate, LocalDate today,
            SanctionLevel mappedLevel, String justification) {
        if (decreeDate.isAfter(today)) {
            return new Result(RuleCheck.reject("case.decide.decree-in-future", decreeDate), false);
        }
        if (sanction.isEmpty()) {
            return new Result(RuleCheck.reject("case.decide.sanction-unknown", sanctionCode), false);
        }
        Sanction chosen = sanction.get();
        if (!chosen.inForceOn(decreeDate)) {
            return new Result(RuleCheck.reject("case.decide.sanction-not-in-force", sanctionCode,
                    chosen.regulation(), decreeDate), false);
        }
        boolean lighter = mappedLevel != null && chosen.level().compareTo(mappedLevel) < 0;
        if (lighter && (justification == null || justification.strip().length() < MIN_JUSTIFICATION_LENGTH)) {
            return new Result(RuleCheck.reject("case.decide.lighter-needs-justification", chosen.level(),
                    mappedLevel, MIN_JUSTIFICATION_LENGTH), true);
        }
        return new Result(RuleCheck.allow(), lighter);
    }
}
