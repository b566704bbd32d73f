// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

import id.netra.intake.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a reporter sees through the receipt: the status (the main report's when theirs was merged), the public
 * messages, and the evidence with its hashes. Never internal notes, handler names or other reports.
 */
public record ReporterView(UUID reportId, ReportStatus status, boolean merged, String electionCode,
        String regionCode, LocalDate occurredOn, Instant receivedAt, List<ThreadEntry> messages,
        List<EvidenceEntry> evidence) {

    public ReporterView {
        messages = List.copyOf(messages);
        evidence = List.copyOf(evidence);
    }

    /** @param fromReporter {@code true} for the reporter's own replies, {@code false} for handlers (not named) */
    public record ThreadEntry(boolean fromReporter, String text, Instant at) {
    }

    /** @param sha256 of the file as the reporter sent it, so they can check it against their own copy */
    public record EvidenceEntry(String name, String mediaType, long sizeBytes, String sha256, boolean metadataRemoved,
            Instant addedAt) {
    }
}
