// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.intake.ReportStatus;
import id.netra.intake.domain.Report;
import id.netra.intake.handling.DuplicateFlagsView;
import id.netra.intake.handling.ReportDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A report as the handler API returns it; the reporter's identity is only ever returned by its own audited call. */
record ReportDetailsResponse(UUID id, String channel, String electionCode, String regionCode, String violationCode,
        LocalDate occurredOn, String place, String description, ReportStatus status, List<ReportStatus> nextStatuses,
        String reporterMode, boolean identityKept, boolean mayOpenIdentity, UUID mergedInto, List<UUID> mergedFrom,
        Instant receivedAt, String createdBy, List<Person> persons, List<String> links, List<Evidence> evidence,
        List<ThreadMessage> messages, List<DuplicateFlagsView.Flag> duplicateFlags) {

    static ReportDetailsResponse of(ReportDetails details) {
        Report report = details.report();
        return new ReportDetailsResponse(report.id(), report.channel().name(), report.electionCode(),
                report.regionCode(), report.violationCode(), report.occurredOn(), report.place(),
                report.description(), report.status(), details.nextStatuses(), report.reporterMode().name(),
                details.identityKept(), details.mayOpenIdentity(), report.mergedInto(), details.mergedFrom(),
                report.createdAt(), report.createdBy(),
                details.persons().stream().map(p -> new Person(p.id(), p.name(), p.nip(), p.agencyCode(),
                        p.agencyName(), p.positionClass() == null ? null : p.positionClass().name(),
                        p.positionTitle())).toList(),
                details.links(),
                details.evidence().stream().map(e -> new Evidence(e.id(), e.displayName(), e.mediaType(),
                        e.sizeBytes(), e.sha256Original(), e.sha256Stored(), e.metadataStripped(), e.uploadedBy(),
                        e.createdAt(), "/api/v1/reports/" + report.id() + "/evidence/" + e.id())).toList(),
                details.thread().stream().map(m -> new ThreadMessage(m.authorKind().name(), m.author(),
                        m.visibility().name(), m.body(), m.createdAt())).toList(),
                details.flags());
    }

    record Person(UUID id, String name, String nip, String agencyCode, String agencyName, String positionClass,
            String positionTitle) {
    }

    record Evidence(UUID id, String name, String mediaType, long sizeBytes, String sha256Original,
            String sha256Stored, boolean metadataRemoved, String uploadedBy, Instant addedAt, String download) {
    }

    record ThreadMessage(String authorKind, String author, String visibility, String text, Instant at) {
    }
}
