// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import id.netra.reference.ElectionPhaseKind;
import id.netra.reference.EmploymentType;
import id.netra.reference.PositionClass;
import java.time.LocalDate;

/**
 * The filters of a statistics query, in any combination; {@code null} means "any". {@code regionCode} is a province
 * ({@code 36}) or a regency ({@code 36.01}); dates bound the date of the report, both inclusive.
 */
public record StatsFilter(String electionCode, String regionCode, String agencyCode, PositionClass positionClass,
        Boolean areaHead, EmploymentType employmentType, String categoryCode, ElectionPhaseKind phase,
        LocalDate from, LocalDate to) {

    public static StatsFilter none() {
        return new StatsFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public StatsFilter withElection(String code) {
        return new StatsFilter(code, regionCode, agencyCode, positionClass, areaHead, employmentType, categoryCode,
                phase, from, to);
    }

    public StatsFilter withRegion(String code) {
        return new StatsFilter(electionCode, code, agencyCode, positionClass, areaHead, employmentType, categoryCode,
                phase, from, to);
    }
}
