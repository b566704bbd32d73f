// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.shared.AuditEvent;
import id.netra.identity.CurrentUser;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportAccessPolicy;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.domain.ReportedPerson;
import id.netra.intake.evidence.EvidenceCustody;
import id.netra.intake.evidence.EvidenceRecord;
import id.netra.intake.evidence.EvidenceRecords;
import id.netra.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands evidence bytes to handlers (and to the PPK of a named agency). Every view and download is recorded in the
 * audit trail before the first byte leaves: who, which file (with its hash), and whether it was viewed or downloaded.
 */
@Service
public class EvidenceDownloads {

    private final ReportRepository reports;
    private final EvidenceRecords records;
    private final EvidenceCustody custody;
    private final ApplicationEventPublisher audit;
    private final TransactionTemplate transaction;
    private final ReportAccessPolicy policy = new ReportAccessPolicy();

    EvidenceDownloads(ReportRepository reports, EvidenceRecords records, EvidenceCustody custody,
            ApplicationEventPublisher audit, TransactionTemplate transaction) {
        this.reports = reports;
        this.records = records;
        this.custody = custody;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** The file and an open stream of its stored bytes; the caller closes the stream. */
    public Download open(CurrentUser user, UUID reportId, UUID evidenceId, boolean inline) throws IOException {
        return open(user, reportId, evidenceId, inline ? "view" : "download");
    }

    /**
     * An image evidence file for a preview on a page, with the same checks and audit as a download; anything that is
     * no previewable image is not found here.
     */
    public Download preview(CurrentUser user, UUID reportId, UUID evidenceId) throws IOException {
        return open(user, reportId, evidenceId, "preview");
    }

    private Download open(CurrentUser user, UUID reportId, UUID evidenceId, String use) throws IOException {
        EvidenceRecord record = transaction.execute(status -> {
            Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report"));
            List<String> agencies = report.persons().stream().map(ReportedPerson::agencyCode)
                    .filter(Objects::nonNull).toList();
            if (!policy.mayReadEvidence(user, report.regionCode(), agencies).allowed()) {
                throw new NotFoundException("report");
            }
            EvidenceRecord found = records.find(reportId, evidenceId)
                    .filter(file -> !"preview".equals(use) || file.previewable())
                    .orElseThrow(() -> new NotFoundException("evidence"));
            audit.publishEvent(new AuditEvent("download".equals(use) ? "evidence.downloaded" : "evidence.viewed",
                    "evidence", evidenceId.toString(), user.username(), "report=" + reportId + "; sha256="
                    + found.sha256Stored() + ("preview".equals(use) ? "; preview" : "")));
            return found;
        });
        return new Download(record, custody.open(record));
    }

    /** What is served, with the stream to send. */
    public record Download(EvidenceRecord record, InputStream content) {
    }
}
