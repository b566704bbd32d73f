// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What a case is opened from: one reported person of one report. */
public record NewCase(UUID reportId, String electionCode, String regionCode, String violationCode,
        LocalDate occurredOn, String channel, ReportedPerson person, CaseRoute route) {

    /** On the Bawaslu-first route, as every case before the 2024 SBT route. */
    public NewCase(UUID reportId, String electionCode, String regionCode, String violationCode, LocalDate occurredOn,
            String channel, ReportedPerson person) {
        this(reportId, electionCode, regionCode, violationCode, occurredOn, channel, person, CaseRoute.BAWASLU_FIRST);
    }

    public NewCase {
        route = route == null ? CaseRoute.BAWASLU_FIRST : route;
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(electionCode);
        Objects.requireNonNull(regionCode);
        Objects.requireNonNull(person);
    }
}
