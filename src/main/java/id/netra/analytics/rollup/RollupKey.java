// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import java.time.LocalDate;

/**
 * One cell of {@code analytics.case_rollup}: the combination of dimensions a case is counted under. Dimensions
 * nobody filters or groups by (the exact day, the state behind the outcome) are left out, or the rollup would be as
 * large as the cases.
 *
 * @param week Monday of the week the case was reported
 * @param funnel furthest step reached: 0 reported, 1 forwarded, 2 recommended, 3 decided by the PPK
 * @param decisionDays calendar days from the recommendation to the PPK's decision, for decided cases
 */
public record RollupKey(String electionCode, LocalDate week, String phase, String provinceCode, String regionCode,
        String agencyCode, String categoryCode, String violationCode, String positionClass, Boolean areaHead,
        String employmentType, int funnel, String sanctionLevel, String outcome, Integer decisionDays,
        boolean synthetic) {

    static final String COLUMNS = "election_code, week, phase, province_code, region_code, agency_code, category_code,"
            + " violation_code, position_class, area_head, employment_type, funnel, sanction_level, outcome,"
            + " decision_days, synthetic";

    Object[] values() {
        return new Object[] {electionCode, week, phase, provinceCode, regionCode, agencyCode, categoryCode,
            violationCode, positionClass, areaHead, employmentType, funnel, sanctionLevel, outcome, decisionDays,
            synthetic};
    }
}
