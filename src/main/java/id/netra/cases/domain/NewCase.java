// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What a case is opened from: one reported person of one report. */
public record NewCase(UUID reportId, String electionCode, String regionCode, String violationCode,
        LocalDate occurredOn, String channel, ReportedPerson person) {

    public NewCase {
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(electionCode);
        Objects.requireNonNull(regionCode);
        Objects.requireNonNull(person);
    }
}
