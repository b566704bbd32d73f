// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.intake.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the handlers' report list. Never the reporter's identity. */
public record ReportRow(UUID id, String channel, String electionCode, String regionCode, String violationCode,
        LocalDate occurredOn, ReportStatus status, String reporterMode, UUID mergedInto, Instant receivedAt,
        String persons, String agencies, int evidenceCount, int openFlags, String description) {
}
