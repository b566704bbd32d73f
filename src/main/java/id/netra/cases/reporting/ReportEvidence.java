// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import java.util.List;
import java.util.UUID;

/**
 * Evidence and possible duplicates of the report a case came from, as the intake module knows them.
 *
 * @param available {@code false} when intake holds no such report (demo cases, imported history)
 */
public record ReportEvidence(boolean available, List<Item> items, List<Duplicate> duplicates) {

    public static ReportEvidence unavailable() {
        return new ReportEvidence(false, List.of(), List.of());
    }

    /**
     * One evidence file in intake's custody.
     *
     * @param sha256 of the copy kept (metadata stripped for images); {@code sha256Original} of the file as sent
     * @param href where intake serves it, auditing the download
     * @param previewHref where intake serves an image for a preview on the page (same checks and audit), or
     *     {@code null} for a file that is no image
     */
    public record Item(String name, String mediaType, long sizeBytes, String sha256, String sha256Original,
            String href, String previewHref) {
    }

    /** Another report intake flagged as possibly the same matter, with its reasons (same NIP, same hash, ...). */
    public record Duplicate(UUID reportId, List<String> reasons, String status) {
    }
}
