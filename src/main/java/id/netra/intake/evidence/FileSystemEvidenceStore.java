// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Content-addressed directory: {@code <root>/sha256/ab/cd/abcd…} . Keys are built only from the hash, never from a
 * name a user chose, so no upload can reach outside the root.
 */
final class FileSystemEvidenceStore implements EvidenceStore {

    private final Path root;

    FileSystemEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(Path file, String sha256) throws IOException {
        requireHash(sha256);
        String key = "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(file);
            return key;
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file);
        }
        return key;
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(resolve(storageKey));
    }

    @Override
    public boolean exists(String storageKey) {
        return Files.exists(resolve(storageKey));
    }

    /** Incoming files are written here first, on the same file system so that {@link #put} is a rename. */
    Path incomingDirectory() throws IOException {
        return Files.createDirectories(root.resolve(".incoming"));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || !key.matches("sha256/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not an evidence storage key");
        }
        return path;
    }

    private static void requireHash(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in hex");
        }
    }
}
