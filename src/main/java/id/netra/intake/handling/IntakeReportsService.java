// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.shared.AuditEvent;
import id.netra.intake.IntakeReports;
import id.netra.intake.submission.ReportEvents;
import id.netra.identity.CurrentUser;
import id.netra.intake.ReportOutcome;
import id.netra.intake.ReportStatus;
import id.netra.intake.domain.ReportAccessPolicy;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.evidence.EvidenceRecords;
import id.netra.intake.message.Message.Visibility;
import id.netra.intake.message.MessageThread;
import id.netra.intake.submission.TextPolicy;
import id.netra.intake.tracking.InfoRequests;
import id.netra.intake.message.Message;
import id.netra.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link IntakeReports} for the other modules; they enforce their own access rules before calling. */
@Service
class IntakeReportsService implements IntakeReports {

    private final ReportRepository reports;
    private final EvidenceRecords evidence;
    private final DuplicateFlagsView flags;
    private final ReportAccessPolicy policy = new ReportAccessPolicy();
    private final MessageThread thread;
    private final ApplicationEventPublisher audit;
    private final Clock clock;
    private final InfoRequests questions;

    IntakeReportsService(ReportRepository reports, EvidenceRecords evidence, DuplicateFlagsView flags,
            MessageThread thread, ApplicationEventPublisher audit, Clock clock, InfoRequests questions) {
        this.reports = reports;
        this.evidence = evidence;
        this.flags = flags;
        this.thread = thread;
        this.audit = audit;
        this.clock = clock;
        this.questions = questions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportSummary> find(UUID reportId) {
        return reports.findById(reportId).map(report -> new ReportSummary(report.id(), report.channel().name(),
                report.electionCode(), report.regionCode(), report.violationCode(), report.occurredOn(),
                report.place(), report.description(), report.status(), report.mergedInto(), report.createdAt(),
                report.reporterMode() == null ? null : report.reporterMode().name()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SourcedReport> fromSource(String sourceSystem) {
        return reports.findBySourceSystemOrderByExternalId(sourceSystem).stream()
                .map(report -> new SourcedReport(report.externalId(), ReportEvents.received(report)))
                .toList();
    }

    @Override
    public List<EvidenceSummary> evidence(UUID reportId) {
        return evidence.ofReport(reportId).stream()
                .map(file -> new EvidenceSummary(file.id(), file.displayName(), file.mediaType(), file.sizeBytes(),
                        file.sha256Original(), file.sha256Stored(), file.metadataStripped(), file.createdAt(),
                        file.previewable()))
                .toList();
    }

    @Override
    public List<RelatedReport> related(UUID reportId, CurrentUser viewer) {
        return flags.of(reportId).stream()
                .map(flag -> new RelatedReport(policy.mayHandle(viewer, flag.otherRegion()).allowed()
                        ? flag.otherReportId() : null, flag.reasons(), flag.status()))
                .toList();
    }

    @Override
    @Transactional
    public void changeStatus(UUID reportId, ReportStatus status, String actor) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        if (report.status() == status) {
            return;
        }
        ReportStatus before = report.status();
        report.moveTo(status, Instant.now(clock));
        audit.publishEvent(new AuditEvent("report.status-changed", "report", reportId.toString(), actor,
                before + " -> " + status));
    }

    @Override
    @Transactional
    public void recordOutcome(UUID reportId, ReportOutcome outcome, String actor) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        if (outcome.equals(report.outcome().orElse(null))) {
            return;
        }
        report.recordOutcome(outcome, Instant.now(clock));
        audit.publishEvent(new AuditEvent("report.outcome-recorded", "report", reportId.toString(), actor,
                outcome.kind() + (outcome.level() == null ? "" : " " + outcome.level())));
    }

    @Override
    @Transactional
    public void postPublicMessage(UUID reportId, String author, String text) {
        if (reports.findById(reportId).isEmpty()) {
            throw new NotFoundException("report " + reportId);
        }
        thread.fromHandler(reportId, author, Visibility.PUBLIC, TextPolicy.clean(text));
    }

    @Override
    @Transactional
    public void askReporter(UUID reportId, String question, String actor) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        if (!questions.open(reportId, TextPolicy.clean(question), actor)) {
            return;
        }
        audit.publishEvent(new AuditEvent("report.info-requested", "report", reportId.toString(), actor, null));
        if (report.status().canMoveTo(ReportStatus.NEEDS_INFO)) {
            changeStatus(reportId, ReportStatus.NEEDS_INFO, actor);
        }
    }

    @Override
    @Transactional
    public void closeQuestion(UUID reportId, String actor) {
        if (!questions.close(reportId)) {
            return;
        }
        audit.publishEvent(new AuditEvent("report.info-complete", "report", reportId.toString(), actor, null));
        reports.findById(reportId).filter(report -> report.status() == ReportStatus.NEEDS_INFO)
                .ifPresent(report -> changeStatus(reportId, ReportStatus.IN_REVIEW, actor));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenQuestion> openQuestion(UUID reportId) {
        return questions.openFor(reportId).map(q -> new OpenQuestion(q.question(), q.askedAt(), q.answeredAt(),
                thread.publicThread(reportId).stream()
                        .filter(m -> m.authorKind() == Message.AuthorKind.REPORTER && !m.createdAt().isBefore(q.askedAt()))
                        .map(Message::body).toList(),
                (int) evidence.ofReport(reportId).stream()
                        .filter(e -> Message.REPORTER_AUTHOR.equals(e.uploadedBy()) && !e.createdAt().isBefore(q.askedAt()))
                        .count()));
    }
}
