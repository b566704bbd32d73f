// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

import id.netra.intake.ReportStatus;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.evidence.EvidenceRecords;
import id.netra.intake.message.Message;
import id.netra.intake.message.MessageThread;
import id.netra.intake.receipt.Receipt;
import id.netra.intake.receipt.ReceiptStore;
import id.netra.intake.submission.SubmissionRules;
import id.netra.intake.submission.TextPolicy;
import id.netra.shared.Decision;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything a reporter can do with a receipt: read the status and messages, and reply. */
@Service
public class ReceiptAccess {

    private final ReceiptStore receipts;
    private final ReportRepository reports;
    private final MessageThread messages;
    private final EvidenceRecords evidence;
    private final InfoRequests questions;

    ReceiptAccess(ReceiptStore receipts, ReportRepository reports, MessageThread messages,
            EvidenceRecords evidence, InfoRequests questions) {
        this.receipts = receipts;
        this.reports = reports;
        this.messages = messages;
        this.evidence = evidence;
        this.questions = questions;
    }

    /** The report the receipt opens, or {@link UnknownReceiptException} for a wrong or malformed receipt. */
    public UUID reportFor(String typedReceipt) {
        Receipt receipt = Receipt.parse(typedReceipt).orElseThrow(UnknownReceiptException::new);
        return receipts.reportFor(receipt).orElseThrow(UnknownReceiptException::new);
    }

    @Transactional(readOnly = true)
    public ReporterView view(String typedReceipt) {
        UUID reportId = reportFor(typedReceipt);
        Report report = reports.findById(reportId).orElseThrow(UnknownReceiptException::new);
        return new ReporterView(report.id(), effectiveStatus(report), report.isMerged(), report.electionCode(),
                report.regionCode(), report.occurredOn(), report.createdAt(),
                messages.publicThread(reportId).stream()
                        .map(message -> new ReporterView.ThreadEntry(
                                message.authorKind() == Message.AuthorKind.REPORTER, message.body(),
                                message.createdAt()))
                        .toList(),
                evidence.ofReport(reportId).stream()
                        .map(file -> new ReporterView.EvidenceEntry(file.displayName(), file.mediaType(),
                                file.sizeBytes(), file.sha256Original(), file.metadataStripped(), file.createdAt()))
                        .toList(),
                questions.openFor(reportId)
                        .map(q -> new ReporterView.Question(q.question(), q.askedAt(), q.answered())).orElse(null));
    }

    @Transactional
    public void reply(String typedReceipt, String text) {
        UUID reportId = reportFor(typedReceipt);
        plainReply(text).orThrow(SubmissionRules.SUMMARY_KEY);
        messages.fromReporter(reportId, TextPolicy.clean(text));
        questions.answered(reportId);
    }

    /** A merged report shows the status of the report it was merged into, following the chain to its end. */
    private ReportStatus effectiveStatus(Report report) {
        Report current = report;
        for (int hops = 0; current.isMerged() && hops < 10; hops++) {
            current = reports.findById(current.mergedInto()).orElse(current);
        }
        return current.status();
    }

    /** A reporter's reply is plain text: no control or formatting characters. */
    static Decision plainReply(String text) {
        return TextPolicy.hasForbiddenCharacters(text)
                ? Decision.rejectField("text", "intake.text.forbidden-characters") : Decision.allow();
    }
}
