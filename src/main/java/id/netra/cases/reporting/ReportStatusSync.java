// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import id.netra.cases.CaseStateChanged;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseState;
import id.netra.cases.persistence.CaseRepository;
import id.netra.intake.IntakeReports;
import id.netra.intake.ReportStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the status a reporter sees through the receipt in step with the report's cases: FORWARDED once Bawaslu
 * forwards a case, FOLLOWED_UP once a PPK decides, CLOSED when every case of the report has ended. Intake's status
 * only moves forward, and a reporter learns progress, not internal decisions. Demo cases are not followed from their
 * events (the demo writes a case's history in quick succession, and those events would race on the report); the
 * demo data calls {@link #catchUp} once per report instead.
 */
@Component
public class ReportStatusSync {

    /** States after which nothing more will happen that a reporter waits for. */
    private static final Set<CaseState> DONE = EnumSet.of(CaseState.SANCTIONED, CaseState.SANCTION_ANNULLED,
            CaseState.NOT_REGISTERED, CaseState.STOPPED, CaseState.NOT_PROVEN, CaseState.CANCELLED,
            CaseState.REJECTED, CaseState.LEFT_SERVICE);

    private final IntakeReports reports;
    private final CaseRepository cases;

    ReportStatusSync(IntakeReports reports, CaseRepository cases) {
        this.reports = reports;
        this.cases = cases;
    }

    @ApplicationModuleListener(condition = "!#event.synthetic and #event.action != 'open'")
    void on(CaseStateChanged event) {
        Optional<IntakeReports.ReportSummary> report = reports.find(event.reportId());
        if (report.isEmpty()) {
            return;
        }
        statusFor(event).filter(report.get().status()::canMoveTo)
                .ifPresent(status -> reports.changeStatus(event.reportId(), status, event.actor()));
    }

    /** Moves the report's status to where its cases stand now: CLOSED, FOLLOWED_UP, FORWARDED, or unchanged. */
    @Transactional
    public void catchUp(UUID reportId, String actor) {
        Optional<IntakeReports.ReportSummary> report = reports.find(reportId);
        if (report.isEmpty()) {
            return;
        }
        statusOf(cases.findByReportId(reportId)).filter(report.get().status()::canMoveTo)
                .ifPresent(status -> reports.changeStatus(reportId, status, actor));
    }

    static Optional<ReportStatus> statusOf(List<Case> ofReport) {
        if (ofReport.isEmpty()) {
            return Optional.empty();
        }
        if (ofReport.stream().allMatch(c -> DONE.contains(c.state()))) {
            return Optional.of(ReportStatus.CLOSED);
        }
        if (ofReport.stream().anyMatch(c -> c.decision() != null)) {
            return Optional.of(ReportStatus.FOLLOWED_UP);
        }
        if (ofReport.stream().anyMatch(c -> c.transitions().stream()
                .anyMatch(t -> t.action() == CaseAction.FORWARD))) {
            return Optional.of(ReportStatus.FORWARDED);
        }
        return Optional.empty();
    }

    private Optional<ReportStatus> statusFor(CaseStateChanged event) {
        List<Case> ofReport = cases.findByReportId(event.reportId());
        if (!ofReport.isEmpty() && ofReport.stream().allMatch(c -> DONE.contains(c.state()))) {
            return Optional.of(ReportStatus.CLOSED);
        }
        return switch (event.action()) {
            case "forward" -> Optional.of(ReportStatus.FORWARDED);
            case "decide" -> Optional.of(ReportStatus.FOLLOWED_UP);
            default -> Optional.empty();
        };
    }
}
