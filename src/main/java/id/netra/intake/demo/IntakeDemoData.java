// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.demo;

import id.netra.shared.AuditEvent;
import id.netra.intake.domain.Channel;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.evidence.EvidenceCustody;
import id.netra.intake.evidence.EvidenceCustody.NamedUpload;
import id.netra.intake.evidence.InspectedEvidence;
import id.netra.intake.message.Message;
import id.netra.intake.message.Message.Visibility;
import id.netra.intake.message.MessageThread;
import id.netra.intake.receipt.Receipt;
import id.netra.intake.submission.ReportSubmission;
import id.netra.intake.submission.ReportSubmissionService;
import id.netra.intake.submission.SubmissionRules;
import id.netra.reference.WorkingDayCalendar;
import id.netra.shared.TimeConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the demo reports ({@link DemoReportStories}) through intake's real submission path: the submission rules,
 * sealed reporter identities, receipts, evidence custody with SHA-256 and metadata stripping, the audit trail and
 * {@link id.netra.intake.ReportReceived}, so that duplicate detection and the cases module react as to any report.
 * Only the arrival time is back-dated, and the receipts are fixed demo receipts ({@code 9000 0000 0000 00NN}, NN
 * the story number), documented in the README, so that {@code /lapor/status} can be tried. Each report is keyed by
 * source system {@link Report#SYNTHETIC_SOURCE} and its story key (unique in the database): a restart adds nothing.
 * Only with {@code netra.demo.enabled=true}, which the {@code prod} profile switches off.
 */
@Component
@ConditionalOnProperty(name = "netra.demo.enabled", havingValue = "true")
class IntakeDemoData {

    private static final Logger log = LoggerFactory.getLogger(IntakeDemoData.class);

    private final ReportSubmissionService submissions;
    private final ReportRepository reports;
    private final EvidenceCustody custody;
    private final MessageThread messages;
    private final ApplicationEventPublisher audit;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    IntakeDemoData(ReportSubmissionService submissions, ReportRepository reports, EvidenceCustody custody,
            MessageThread messages, ApplicationEventPublisher audit, WorkingDayCalendar calendar,
            PlatformTransactionManager transactions, Clock clock) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.submissions = submissions;
        this.reports = reports;
        this.custody = custody;
        this.messages = messages;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Before the cases demo, which reads these reports through intake's public API ({@code IntakeReports.fromSource}),
     * so that intake's demo stands on its own. Writes the stories an earlier start did not write: a restart adds
     * nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    synchronized void load() {
        int written = 0;
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.WIB));
        for (DemoReportStory story : DemoReportStories.all()) {
            if (!exists(story) && write(story, today)) {
                written++;
            }
        }
        if (written > 0) {
            log.info("Demo reports: {} synthetic report(s) written; demo receipts 9000 0000 0000 00NN (see README)",
                    written);
        }
    }

    private boolean exists(DemoReportStory story) {
        return Boolean.TRUE.equals(readOnly.execute(status -> reports.findBySourceSystemAndExternalId(
                Report.SYNTHETIC_SOURCE, story.key()).isPresent()));
    }

    /** {@code false} when another instance wrote the same story meanwhile. */
    private boolean write(DemoReportStory story, LocalDate today) {
        Instant receivedAt = receivedAt(story, today);
        SubmissionRules.CheckedSubmission checked = submissions.check(submission(story, receivedAt), story.channel())
                .fromSource(Report.SYNTHETIC_SOURCE, story.key());
        Receipt receipt = story.receipt() == null ? null : Receipt.parse(story.receipt()).orElseThrow();
        List<InspectedEvidence> evidence = custody.inspectAll(evidence(story));
        try {
            submissions.submitSynthetic(checked, author(story), receivedAt, receipt, reportId -> {
                custody.keep(reportId, evidence, Message.REPORTER_AUTHOR, receivedAt.plus(Duration.ofMinutes(2)));
                if (story.publicMessage() != null) {
                    messages.fromHandler(reportId, "bawaslu-officer", Visibility.PUBLIC, story.publicMessage());
                }
                if (story.channel() == Channel.BAWASLU_FINDING) {
                    audit.publishEvent(new AuditEvent("finding.registered", "report", reportId.toString(),
                            author(story), "region=" + story.regionCode() + ", synthetic demo data"));
                }
            });
            return true;
        } catch (DataIntegrityViolationException e) {
            log.debug("Demo report {} was written by another instance", story.key());
            return false;
        } finally {
            evidence.forEach(InspectedEvidence::close);
        }
    }

    /** The event happened two days before it was reported. */
    private static ReportSubmission submission(DemoReportStory story, Instant receivedAt) {
        LocalDate occurredOn = receivedAt.atZone(TimeConfiguration.WIB).toLocalDate().minusDays(2);
        return new ReportSubmission(story.electionCode(), story.regionCode(), story.persons(), story.violationCode(),
                occurredOn, story.place(), story.description(), List.of(), story.reporter());
    }

    private static String author(DemoReportStory story) {
        return story.channel() == Channel.BAWASLU_FINDING ? "bawaslu-officer" : "anonymous";
    }

    private static List<NamedUpload> evidence(DemoReportStory story) {
        String key = story.key();
        List<NamedUpload> files = new ArrayList<>();
        DemoReportStory.Evidence kinds = story.evidence();
        if (kinds == DemoReportStory.Evidence.PNG || kinds == DemoReportStory.Evidence.PNG_AND_PDF) {
            files.add(new NamedUpload("tangkapan-layar-" + key.toLowerCase(Locale.ROOT) + ".png",
                    new ByteArrayResource(SyntheticEvidence.png(key))));
        }
        if (kinds == DemoReportStory.Evidence.PDF || kinds == DemoReportStory.Evidence.PNG_AND_PDF) {
            files.add(new NamedUpload("kronologi-" + key.toLowerCase(Locale.ROOT) + ".pdf", new ByteArrayResource(
                    SyntheticEvidence.pdf(key, "Kronologi kejadian", story.description()))));
        }
        return files;
    }

    /** At 09:00 WIB on the story's day (never later than now, for a report received today). */
    private Instant receivedAt(DemoReportStory story, LocalDate today) {
        LocalDate day = story.receivedOn() != null ? story.receivedOn() : workingDaysBefore(today,
                story.receivedDaysAgo());
        Instant at = day.atTime(LocalTime.of(9, 0)).atZone(TimeConfiguration.WIB).toInstant();
        Instant now = clock.instant();
        return at.isAfter(now) ? now.minus(Duration.ofMinutes(5)) : at;
    }

    private LocalDate workingDaysBefore(LocalDate today, int n) {
        LocalDate day = today;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
