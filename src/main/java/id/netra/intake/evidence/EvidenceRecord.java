// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One evidence file in custody.
 *
 * @param displayName the uploaded file name, cleaned; never used to build a path
 * @param sha256Original hash of the bytes as uploaded
 * @param sha256Stored hash of the bytes kept and shown (differs from the original when metadata was stripped)
 * @param storageKey where the {@link EvidenceStore} keeps the stored bytes
 * @param uploadedBy a handler's username, or {@code pelapor} for the reporter
 */
public record EvidenceRecord(UUID id, UUID reportId, String displayName, String mediaType, long sizeBytes,
        String sha256Original, String sha256Stored, boolean metadataStripped, String storageKey, String uploadedBy,
        Instant createdAt) {

    /** Image types a browser shows as they are, so a page may show them as a preview. */
    public static final Set<String> PREVIEW_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

    /** Whether a page may show the file as a preview image. */
    public boolean previewable() {
        return previewable(mediaType);
    }

    public static boolean previewable(String mediaType) {
        return mediaType != null && PREVIEW_TYPES.contains(mediaType);
    }
}
