// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import id.netra.cases.CaseStateChanged;
import id.netra.cases.CaseStateChanged.Action;
import id.netra.cases.CaseStateChanged.State;
import id.netra.cases.application.CaseEventTypes;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.CaseTransition;
import id.netra.cases.persistence.CaseRepository;
import id.netra.intake.IntakeReports;
import id.netra.intake.ReportOutcome;
import id.netra.intake.ReportOutcome.Kind;
import id.netra.intake.ReportStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the status a reporter sees through the receipt in step with the report's cases: FORWARDED once Bawaslu
 * forwards a case, FOLLOWED_UP once a PPK decides, CLOSED when every case of the report has ended; and NEEDS_INFO with
 * the question while a case at Bawaslu's review waits for information from the reporter ({@code ask-info} from
 * RECEIVED; its reason is the question), back to IN_REVIEW once the information is recorded as complete. Intake's status
 * only moves forward, and a reporter learns progress, not internal decisions. Demo cases (labelled so on the case
 * itself, {@code Case.synthetic()}) are not followed from their events: the demo writes a case's history in quick
 * succession, and those events would race on the report; the demo data calls {@link #catchUp} once per report
 * instead.
 */
@Component
public class ReportStatusSync {

    private final IntakeReports reports;
    private final CaseRepository cases;

    ReportStatusSync(IntakeReports reports, CaseRepository cases) {
        this.reports = reports;
        this.cases = cases;
    }

    /**
     * Reads where the report's cases stand now rather than what this one event did, so events handled late or out of
     * order still lead to the same status (one mapping for events and for {@link #catchUp}).
     */
    @ApplicationModuleListener
    void on(CaseStateChanged event) {
        if (event.action() == Action.OPEN) {
            return; // a new case leaves the report where it is
        }
        if (cases.findById(event.caseId()).map(Case::synthetic).orElse(false)) {
            return;
        }
        catchUp(event.reportId(), event.actor());
    }

    /** Moves the report's status to where its cases stand now: CLOSED, FOLLOWED_UP, FORWARDED, or unchanged. */
    @Transactional
    public void catchUp(UUID reportId, String actor) {
        Optional<IntakeReports.ReportSummary> report = reports.find(reportId);
        if (report.isEmpty()) {
            return;
        }
        List<Case> ofReport = cases.findByReportId(reportId);
        questionFor(ofReport).ifPresentOrElse(question -> reports.askReporter(reportId, question, actor),
                () -> reports.closeQuestion(reportId, actor));
        ReportStatus now = reports.find(reportId).orElseThrow().status();
        statusOf(ofReport).filter(now::canMoveTo).ifPresent(status -> reports.changeStatus(reportId, status, actor));
        outcomeOf(ofReport).ifPresent(outcome -> reports.recordOutcome(reportId, outcome, actor));
    }

    /**
     * The question for the reporter: the reason of the {@code ask-info} that put a case of the report in NEEDS_INFO
     * at Bawaslu's review. From FORWARDED the missing information is in the supervisor's file, which is a matter
     * between officials, so the reporter is not asked.
     */
    static Optional<String> questionFor(List<Case> ofReport) {
        return ofReport.stream().filter(c -> c.state() == CaseState.NEEDS_INFO)
                .map(ReportStatusSync::lastAskInfo).flatMap(Optional::stream)
                .filter(t -> t.from() == CaseState.RECEIVED && t.reason() != null && !t.reason().isBlank())
                .map(CaseTransition::reason).findFirst();
    }

    private static Optional<CaseTransition> lastAskInfo(Case c) {
        List<CaseTransition> timeline = c.transitions();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).action() == CaseAction.ASK_INFO) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * How the report ended, once every one of its cases has: the most consequential ending of its cases (a sanction,
     * the heaviest when several persons were sanctioned, before "not proven", before the ways of stopping), in the
     * order of {@link ReportOutcome.Kind}. Empty while a case is still open.
     */
    static Optional<ReportOutcome> outcomeOf(List<Case> ofReport) {
        if (ofReport.isEmpty() || !allEnded(ofReport)) {
            return Optional.empty();
        }
        return ofReport.stream().map(ReportStatusSync::outcomeOf)
                .min(Comparator.comparing(ReportOutcome::kind)
                        .thenComparing(ReportOutcome::level, Comparator.nullsLast(Comparator.reverseOrder())));
    }

    /** Exhaustive over the ended states, like {@link #reporterStatus}; only called for a case that ended. */
    private static ReportOutcome outcomeOf(Case ended) {
        State state = CaseEventTypes.publicState(ended.state());
        return switch (state) {
            case SANCTIONED -> ReportOutcome.sanctioned(ended.decision().level());
            case SANCTION_ANNULLED -> ReportOutcome.of(Kind.SANCTION_ANNULLED);
            case NOT_PROVEN -> ReportOutcome.of(Kind.NOT_PROVEN);
            case NOT_A_VIOLATION -> ReportOutcome.of(Kind.NOT_A_VIOLATION);
            case NOT_ASN -> ReportOutcome.of(Kind.NOT_ASN);
            case NOT_REGISTERED -> ReportOutcome.of(Kind.NOT_REGISTERED);
            case STOPPED -> ReportOutcome.of(Kind.STOPPED);
            case REJECTED -> ReportOutcome.of(Kind.REJECTED);
            case CANCELLED -> ReportOutcome.of(Kind.CANCELLED);
            case LEFT_SERVICE -> ReportOutcome.of(Kind.LEFT_SERVICE);
            case SATGAS_SCREENING, RECEIVED, NEEDS_INFO, FORWARDED, UNDER_VERIFICATION, RECOMMENDED, PPK_EXAMINATION,
                    OVERDUE, REPRIMANDED, DATA_BLOCKED, UNBLOCKED, UNDER_APPEAL ->
                    throw new IllegalStateException("the case has not ended: " + state);
        };
    }

    static Optional<ReportStatus> statusOf(List<Case> ofReport) {
        if (ofReport.isEmpty()) {
            return Optional.empty();
        }
        if (allEnded(ofReport)) {
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

    private static boolean allEnded(List<Case> ofReport) {
        return ofReport.stream()
                .allMatch(c -> reporterStatus(CaseEventTypes.publicState(c.state())) == ReportStatus.CLOSED);
    }

    /**
     * What a reporter would see if this were the report's only case. Exhaustive on purpose: a new state does not
     * compile until someone decides what the reporter sees. CLOSED means nothing more happens that the reporter waits
     * for: the PPK decided (an appeal is the sanctioned person's business, not the reporter's), or the case ended
     * without a sanction. A report closes when all its cases are CLOSED; the other statuses are reached from the
     * case's history ({@link #statusOf}), since a report's status never moves back.
     */
    static ReportStatus reporterStatus(State state) {
        return switch (state) {
            case SATGAS_SCREENING, RECEIVED, NEEDS_INFO -> ReportStatus.IN_REVIEW;
            case FORWARDED, UNDER_VERIFICATION, RECOMMENDED, PPK_EXAMINATION, OVERDUE, REPRIMANDED, DATA_BLOCKED,
                    UNBLOCKED -> ReportStatus.FORWARDED;
            case UNDER_APPEAL -> ReportStatus.FOLLOWED_UP;
            case SANCTIONED, SANCTION_ANNULLED, NOT_A_VIOLATION, NOT_ASN, NOT_REGISTERED, STOPPED, NOT_PROVEN,
                    CANCELLED, REJECTED, LEFT_SERVICE -> ReportStatus.CLOSED;
        };
    }
}
