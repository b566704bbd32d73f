// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.shared.AuditEvent;
import id.netra.identity.CurrentUser;
import id.netra.intake.ReportStatus;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportAccessPolicy;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.duplicates.DuplicateDetector;
import id.netra.intake.evidence.EvidenceCustody;
import id.netra.intake.evidence.EvidenceRecord;
import id.netra.intake.evidence.EvidenceRecords;
import id.netra.intake.message.Message.Visibility;
import id.netra.intake.message.MessageThread;
import id.netra.intake.reporter.ReporterIdentityStore;
import id.netra.intake.submission.SubmissionRules;
import id.netra.intake.submission.TextPolicy;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handler's view of one report and what they may do with it: reply to the reporter or note internally, move the
 * reporter-visible status. A report outside the user's reach is "not found", so scoping never reveals it exists.
 */
@Service
public class HandledReports {

    static final int MAX_MESSAGE = 5000;

    private final ReportRepository reports;
    private final EvidenceRecords evidence;
    private final MessageThread thread;
    private final ReporterIdentityStore identities;
    private final DuplicateFlagsView flags;
    private final EvidenceCustody custody;
    private final DuplicateDetector duplicates;
    private final ApplicationEventPublisher audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReportAccessPolicy policy = new ReportAccessPolicy();

    HandledReports(ReportRepository reports, EvidenceRecords evidence, MessageThread thread,
            ReporterIdentityStore identities, DuplicateFlagsView flags, EvidenceCustody custody,
            DuplicateDetector duplicates, ApplicationEventPublisher audit, JdbcClient jdbc, Clock clock) {
        this.custody = custody;
        this.duplicates = duplicates;
        this.reports = reports;
        this.evidence = evidence;
        this.thread = thread;
        this.identities = identities;
        this.flags = flags;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The report if this user handles it; otherwise {@link NotFoundException}. */
    public Report load(CurrentUser user, UUID reportId) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        if (!policy.mayHandle(user, report.regionCode()).allowed()) {
            throw new NotFoundException("report " + reportId);
        }
        return report;
    }

    @Transactional(readOnly = true)
    public ReportDetails details(CurrentUser user, UUID reportId) {
        Report report = load(user, reportId);
        List<UUID> mergedFrom = jdbc.sql("select id from intake.report where merged_into = :id order by created_at")
                .param("id", reportId).query(UUID.class).list();
        boolean identityKept = identities.isKept(reportId);
        return new ReportDetails(report, report.persons(), report.links(), evidence.ofReport(reportId),
                thread.fullThread(reportId), identityKept,
                identityKept && policy.mayOpenIdentity(user, report.regionCode(), report.reporterMode()).allowed(),
                mergedFrom, flagsSeenBy(user, reportId),
                Arrays.stream(ReportStatus.values()).filter(report.status()::canMoveTo)
                        // NEEDS_INFO comes with a question, asked from the case (ask-info), not set by hand
                        .filter(status -> status != ReportStatus.NEEDS_INFO).toList());
    }

    /**
     * A flag may point at a report outside the reader's scope (a Banten officer's report resembling one in Bogor):
     * the reader learns that a possible duplicate exists, not which report it is nor where.
     */
    private List<DuplicateFlagsView.Flag> flagsSeenBy(CurrentUser user, UUID reportId) {
        return flags.of(reportId).stream()
                .map(flag -> policy.mayHandle(user, flag.otherRegion()).allowed() ? flag : flag.redacted())
                .toList();
    }

    @Transactional
    public void postMessage(CurrentUser user, UUID reportId, String text, boolean internal) {
        load(user, reportId);
        String body = TextPolicy.clean(text);
        messageFits(body).orThrow(SubmissionRules.SUMMARY_KEY);
        Visibility visibility = internal ? Visibility.INTERNAL : Visibility.PUBLIC;
        thread.fromHandler(reportId, user.username(), visibility, body);
        audit.publishEvent(new AuditEvent("report.message-posted", "report", reportId.toString(), user.username(),
                visibility.name()));
    }

    /** Evidence a handler adds, e.g. the photos of a finding; same custody as the reporter's. */
    public List<EvidenceRecord> addEvidence(CurrentUser user, UUID reportId, List<EvidenceCustody.NamedUpload> files) {
        load(user, reportId);
        List<EvidenceRecord> kept = custody.add(reportId, files, user.username());
        duplicates.detect(reportId);
        kept.forEach(file -> audit.publishEvent(new AuditEvent("evidence.added", "evidence", file.id().toString(),
                user.username(), "report=" + reportId + "; sha256=" + file.sha256Stored())));
        return kept;
    }

    @Transactional
    public void moveStatus(CurrentUser user, UUID reportId, ReportStatus status) {
        Report report = load(user, reportId);
        ReportStatus before = report.status();
        report.moveTo(status, Instant.now(clock));
        audit.publishEvent(new AuditEvent("report.status-changed", "report", reportId.toString(), user.username(),
                before + " -> " + status));
    }

    /** A handler's message is plain text of 1 to {@value #MAX_MESSAGE} characters. */
    static Decision messageFits(String body) {
        boolean fits = body != null && body.length() <= MAX_MESSAGE && !TextPolicy.hasForbiddenCharacters(body);
        return fits ? Decision.allow() : Decision.rejectField("text", "intake.status.reply-invalid");
    }
}
