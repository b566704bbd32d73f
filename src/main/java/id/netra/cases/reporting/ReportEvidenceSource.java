// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import id.netra.identity.CurrentUserProvider;
import id.netra.intake.IntakeReports;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a case's evidence and duplicate flags through intake's public API. The caller has already checked that
 * the user sees the case in full; the files themselves are served (and their downloads audited) by intake.
 */
@Component
public class ReportEvidenceSource {

    private final IntakeReports reports;
    private final CurrentUserProvider users;

    ReportEvidenceSource(IntakeReports reports, CurrentUserProvider users) {
        this.reports = reports;
        this.users = users;
    }

    public ReportEvidence evidenceOf(UUID reportId) {
        if (reports.find(reportId).isEmpty()) {
            return ReportEvidence.unavailable();
        }
        var items = reports.evidence(reportId).stream()
                .map(e -> new ReportEvidence.Item(e.name(), e.mediaType(), e.sizeBytes(), e.sha256Stored(),
                        e.sha256Original(), "/intake/reports/" + reportId + "/evidence/" + e.id(),
                        e.previewable() ? "/intake/reports/" + reportId + "/evidence/" + e.id() + "/preview" : null))
                .toList();
        var duplicates = reports.related(reportId, users.require()).stream()
                .map(r -> new ReportEvidence.Duplicate(r.reportId(), r.reasons(), r.status())).toList();
        return new ReportEvidence(true, items, duplicates);
    }

    /** The question open to the reporter through the receipt, with what the reporter sent since, if any. */
    public Optional<IntakeReports.OpenQuestion> questionOf(UUID reportId) {
        return reports.openQuestion(reportId);
    }
}
