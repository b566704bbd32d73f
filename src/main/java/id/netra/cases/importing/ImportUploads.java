// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.shared.PolicyRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload to a temporary file, counting its bytes: a million-row CSV is far larger than the multipart limit
 * of the forms, so the API also takes the file as the raw request body, up to {@link #MAX_BYTES}.
 */
final class ImportUploads {

    /** Enough for a few million rows of the documented columns. */
    static final long MAX_BYTES = 1024L * 1024 * 1024;

    private ImportUploads() {
    }

    static Path save(InputStream body) throws IOException {
        Path file = Files.createTempFile("netra-case-import-", ".upload");
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[256 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > MAX_BYTES) {
                    throw PolicyRejectedException.because("case.import.file.too-large", MAX_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw PolicyRejectedException.because("case.import.file.empty");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
