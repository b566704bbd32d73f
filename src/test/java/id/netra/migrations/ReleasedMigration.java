// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.ClassPathResource;

/**
 * One migration of a release, as the release's manifest lists it ({@code sha256sum} output: the hash, two spaces,
 * the path below {@code db/migration}). The manifest, not a copy of the files, is what the project keeps: the files
 * themselves must still be in {@code db/migration} unchanged, which {@link MigrationOrder} checks by the hash.
 */
record ReleasedMigration(String path, String fileName, MigrationVersion version, String sha256) {

    static final String PREVIOUS_RELEASE = "db/previous-release/released.sha256";

    /** The migrations a manifest on the classpath lists, lowest version first. */
    static List<ReleasedMigration> listedIn(String manifest) {
        try {
            return new ClassPathResource(manifest).getContentAsString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).map(ReleasedMigration::parse)
                    .sorted(Comparator.comparing(ReleasedMigration::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest version of the previous release: Flyway's target when it builds a database of that release. */
    static MigrationVersion newestOfPreviousRelease() {
        List<ReleasedMigration> released = listedIn(PREVIOUS_RELEASE);
        return released.get(released.size() - 1).version();
    }

    private static ReleasedMigration parse(String line) {
        String[] fields = line.split(" {2}", 2);
        if (fields.length != 2 || !fields[0].matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("Not a manifest line (sha256, two spaces, path): " + line);
        }
        String path = fields[1].strip();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new ReleasedMigration(path, fileName, MigrationFile.versionOf(fileName), fields[0]);
    }
}
