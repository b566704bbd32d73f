// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

import id.netra.intake.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a reporter sees through the receipt: the status (the main report's when theirs was merged), the public
 * messages, the evidence with its hashes, and the question Bawaslu asked through the receipt while one is open. Never
 * internal notes, handler names or other reports.
 */
public record ReporterView(UUID reportId, ReportStatus status, boolean merged, String electionCode,
        String regionCode, LocalDate occurredOn, Instant receivedAt, List<ThreadEntry> messages,
        List<EvidenceEntry> evidence, Question question) {

    public ReporterView {
        messages = List.copyOf(messages);
        evidence = List.copyOf(evidence);
    }

    /**
     * What Bawaslu asks the reporter to add, while the report needs information.
     *
     * @param answered the reporter has already replied or added evidence since it was asked
     */
    public record Question(String text, Instant askedAt, boolean answered) {
    }

    /** @param fromReporter {@code true} for the reporter's own replies, {@code false} for handlers (not named) */
    public record ThreadEntry(boolean fromReporter, String text, Instant at) {
    }

    /** @param sha256 of the file as the reporter sent it, so they can check it against their own copy */
    public record EvidenceEntry(String name, String mediaType, long sizeBytes, String sha256, boolean metadataRemoved,
            Instant addedAt) {
    }
}
