// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where evidence bytes live, addressed by their SHA-256: the same file uploaded twice is kept once, and a stored file
 * can always be checked against its name. The file system store is the default; an S3-compatible store can implement
 * the same three operations.
 */
public interface EvidenceStore {

    /** Takes ownership of {@code file} (moved, not copied) whose SHA-256 is {@code sha256}; returns its storage key. */
    String put(Path file, String sha256) throws IOException;

    InputStream open(String storageKey) throws IOException;

    boolean exists(String storageKey);
}
