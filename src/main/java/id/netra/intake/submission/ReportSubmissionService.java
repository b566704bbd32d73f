// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import id.netra.intake.ReportReceived;
import id.netra.intake.domain.Channel;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.receipt.PreparedReceipt;
import id.netra.intake.receipt.Receipt;
import id.netra.intake.receipt.ReceiptStore;
import id.netra.intake.reporter.ReporterIdentityStore;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a report in: checks it, then stores it, its sealed reporter identity and its receipt, and publishes
 * {@link ReportReceived}, all in one transaction. The caller learns the receipt only once that transaction committed.
 * The slow receipt hash is computed before the transaction opens so that it does not hold a database connection.
 */
@Service
public class ReportSubmissionService {

    private final ShapeValidation shape;
    private final SubmissionRules rules;
    private final ReportRepository reports;
    private final ReporterIdentityStore identities;
    private final ReceiptStore receipts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportSubmissionService(ShapeValidation shape, SubmissionRules rules, ReportRepository reports,
            ReporterIdentityStore identities, ReceiptStore receipts, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.shape = shape;
        this.rules = rules;
        this.reports = reports;
        this.identities = identities;
        this.receipts = receipts;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Checks without storing anything: for callers that must refuse other parts of a request first. */
    public SubmissionRules.CheckedSubmission check(ReportSubmission submission, Channel channel) {
        shape.requireValid(submission);
        return rules.check(submission, channel);
    }

    public SubmittedReport submit(ReportSubmission submission, Channel channel, String actor) {
        return submit(check(submission, channel), actor, null);
    }

    /**
     * Stores a checked report; {@code alsoInTransaction} runs inside the same transaction with the new report id
     * (e.g. to attach evidence that was already inspected), so that either everything is stored or nothing.
     */
    public SubmittedReport submit(SubmissionRules.CheckedSubmission checked, String actor,
            java.util.function.Consumer<UUID> alsoInTransaction) {
        PreparedReceipt prepared = checked.draft().channel().issuesReceipt() ? receipts.prepare() : null;
        return store(checked, actor, Instant.now(clock), prepared, alsoInTransaction);
    }

    /**
     * For the synthetic demo data only ({@link Report#SYNTHETIC_SOURCE}): the same path, but received at a past
     * {@code receivedAt} (so that the demo has running and missed deadlines) and, for public channels, with a receipt
     * chosen by the caller (so that the demo's receipts can be documented). Refuses anything else: a real report's
     * arrival time and receipt are never the caller's choice.
     */
    public SubmittedReport submitSynthetic(SubmissionRules.CheckedSubmission checked, String actor, Instant receivedAt,
            Receipt receipt, java.util.function.Consumer<UUID> alsoInTransaction) {
        if (!Report.SYNTHETIC_SOURCE.equals(checked.draft().sourceSystem())) {
            throw new IllegalArgumentException("only synthetic demo reports may be back-dated");
        }
        if (receivedAt.isAfter(Instant.now(clock))) {
            throw new IllegalArgumentException("a report cannot be received in the future: " + receivedAt);
        }
        PreparedReceipt prepared = checked.draft().channel().issuesReceipt() ? receipts.prepare(receipt) : null;
        return store(checked, actor, receivedAt, prepared, alsoInTransaction);
    }

    private SubmittedReport store(SubmissionRules.CheckedSubmission checked, String actor, Instant receivedAt,
            PreparedReceipt prepared, java.util.function.Consumer<UUID> alsoInTransaction) {
        UUID reportId = transaction.execute(status -> {
            Report report = reports.saveAndFlush(Report.submit(checked.draft(), receivedAt, actor));
            checked.identity().ifPresent(identity -> identities.keep(report.id(), identity));
            if (prepared != null) {
                receipts.save(report.id(), prepared);
            }
            if (alsoInTransaction != null) {
                alsoInTransaction.accept(report.id());
            }
            events.publishEvent(ReportEvents.received(report));
            return report.id();
        });
        return new SubmittedReport(reportId, prepared == null ? null : prepared.receipt());
    }

    /** The new report's id and, for public channels, the receipt to show once. */
    public record SubmittedReport(UUID reportId, Receipt receipt) {
    }
}
