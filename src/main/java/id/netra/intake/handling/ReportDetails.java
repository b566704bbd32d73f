// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.intake.ReportStatus;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportedPerson;
import id.netra.intake.evidence.EvidenceRecord;
import id.netra.intake.message.Message;
import java.util.List;
import java.util.UUID;

/**
 * Everything a handler sees on a report page, except the reporter's identity, which is opened separately.
 *
 * @param identityKept the reporter chose a confidential or open report
 * @param mayOpenIdentity this user may open it (custodian, or any handler for an open report)
 * @param mergedFrom reports merged into this one
 * @param nextStatuses where the reporter-visible status may move from here
 */
public record ReportDetails(Report report, List<ReportedPerson> persons, List<String> links,
        List<EvidenceRecord> evidence, List<Message> thread, boolean identityKept, boolean mayOpenIdentity,
        List<UUID> mergedFrom, List<DuplicateFlagsView.Flag> flags, List<ReportStatus> nextStatuses) {
}
