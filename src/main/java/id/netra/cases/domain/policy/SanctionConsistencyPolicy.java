// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.shared.Decision;
import id.netra.reference.EmploymentType;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionLevel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Judges a PPK decision against the law of the incident's time. The catalogue that applies is the one in force on
 * the incident date, not the decree date (PP 53/2010 until 30 Aug 2021, PP 94/2021 since). A sanction outside that
 * catalogue (a PP 53/2010 penalty imposed for a 2024 incident) is recorded as the PPK decided it and flagged, not
 * refused: Netra records what happened. The SKB 2022 mapping of violation forms to sanction levels exists from
 * 22 Sep 2022; for earlier incidents "lighter than mapped" is not judged. From then on a lighter sanction needs a
 * written justification, except where the mapping itself is uncertain (DS-8, whose level the sources disagree on).
 * A PPPK sanction is never recorded against a PNS, nor a PNS sanction against a PPPK (the catalogue's "applies to").
 */
public final class SanctionConsistencyPolicy {

    /** Shorter texts are not a justification but a placeholder. */
    public static final int MIN_JUSTIFICATION_LENGTH = 20;

    /** Signing date of the SKB of 22 Sep 2022 (MenPANRB 2/2022 and four others), which maps forms to levels. */
    public static final LocalDate SKB_2022_FROM = LocalDate.of(2022, 9, 22);

    /**
     * The verdict and the flags the decision carries.
     *
     * @param skbMappingApplicable whether the incident falls under the SKB 2022 mapping at all
     */
    public record Result(Decision check, boolean lighterThanMapped, boolean outsideCatalogue,
            boolean skbMappingApplicable) {
    }

    /** What the decision is judged against: the violation's mapping and the person's employment. */
    public record Context(LocalDate incidentDate, SanctionLevel mappedLevel, boolean mappingUncertain,
            EmploymentType employment) {

        public static Context of(LocalDate incidentDate, SanctionLevel mappedLevel) {
            return new Context(incidentDate, mappedLevel, false, null);
        }
    }

    /** Whether the SKB 2022 mapping applies to an incident on this day (unknown incident dates: it does). */
    public static boolean skbMappingApplies(LocalDate incidentDate) {
        return incidentDate == null || !incidentDate.isBefore(SKB_2022_FROM);
    }

    /**
     * @param sanction the catalogue entry the decision names, empty when the code is unknown
     * @param context the incident date ({@code null}: the decree date stands in), the level the violation maps to
     *     ({@code null}: no comparison) and the person's employment type ({@code null}: not checked)
     */
    public Result check(String sanctionCode, Optional<Sanction> sanction, LocalDate decreeDate, LocalDate today,
            Context context, String justification) {
        if (decreeDate.isAfter(today)) {
            return new Result(Decision.reject("case.decide.decree-in-future", decreeDate), false, false, true);
        }
        if (sanction.isEmpty()) {
            return new Result(Decision.reject("case.decide.sanction-unknown", sanctionCode), false, false, true);
        }
        Sanction chosen = sanction.get();
        if (!chosen.appliesTo(context.employment())) {
            return new Result(Decision.reject("case.decide.sanction-wrong-employment", chosen.regulation(),
                    context.employment()), false, false, true);
        }
        LocalDate catalogueDay = context.incidentDate() != null ? context.incidentDate() : decreeDate;
        boolean outside = !chosen.inForceOn(catalogueDay);
        boolean skbApplies = skbMappingApplies(catalogueDay);
        boolean lighter = skbApplies && context.mappedLevel() != null
                && chosen.level().compareTo(context.mappedLevel()) < 0;
        boolean justified = justification != null && justification.strip().length() >= MIN_JUSTIFICATION_LENGTH;
        if (lighter && !context.mappingUncertain() && !justified) {
            return new Result(Decision.reject("case.decide.lighter-needs-justification", chosen.level(),
                    context.mappedLevel(), MIN_JUSTIFICATION_LENGTH), true, outside, true);
        }
        return new Result(Decision.allow(), lighter, outside, skbApplies);
    }
}
