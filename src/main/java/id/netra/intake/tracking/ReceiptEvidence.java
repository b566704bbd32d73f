// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

import id.netra.intake.duplicates.DuplicateDetector;
import id.netra.intake.evidence.EvidenceCustody;
import id.netra.intake.evidence.EvidenceRecord;
import id.netra.intake.message.Message;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Evidence added by the reporter with the receipt, right after submitting or any time later. */
@Service
public class ReceiptEvidence {

    private final ReceiptAccess access;
    private final EvidenceCustody custody;
    private final DuplicateDetector duplicates;
    private final InfoRequests questions;

    ReceiptEvidence(ReceiptAccess access, EvidenceCustody custody, DuplicateDetector duplicates,
            InfoRequests questions) {
        this.access = access;
        this.custody = custody;
        this.duplicates = duplicates;
        this.questions = questions;
    }

    /**
     * @param expectedReportId the report named in the URL, or {@code null}; a receipt of another report is treated
     *     as unknown so that report ids cannot be probed with one's own receipt
     */
    public List<EvidenceRecord> add(String receipt, UUID expectedReportId, List<EvidenceCustody.NamedUpload> files) {
        UUID reportId = access.reportFor(receipt);
        if (expectedReportId != null && !expectedReportId.equals(reportId)) {
            throw new UnknownReceiptException();
        }
        List<EvidenceRecord> kept = custody.add(reportId, files, Message.REPORTER_AUTHOR);
        duplicates.detect(reportId);
        questions.answered(reportId);
        return kept;
    }
}
