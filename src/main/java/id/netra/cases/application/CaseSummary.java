// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a case list; {@code personName} is a pseudonym when the user sees the case pseudonymised. */
public record CaseSummary(long id, String number, String state, String electionCode, String regionCode,
        String agencyCode, String personName, String violationCode, LocalDate deadline, Integer daysLeft,
        boolean lighterThanMapped, Instant updatedAt) {
}
