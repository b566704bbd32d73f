// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An inspected upload waiting in a temporary file to be kept. {@link #close()} removes the file if it was not kept,
 * so a refused request leaves nothing behind.
 *
 * @param file the bytes to keep: the cleaned image, or the original for documents and videos
 */
public record InspectedEvidence(Path file, String displayName, String mediaType, long sizeBytes,
        String sha256Original, String sha256Stored, boolean metadataStripped) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
