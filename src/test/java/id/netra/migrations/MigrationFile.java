// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One versioned Flyway migration found on the classpath, as Flyway itself would version it.
 *
 * @param path the path below its location, e.g. {@code cases/V4_1__cases_core.sql}
 */
record MigrationFile(String path, String fileName, MigrationVersion version, String content) {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__.+\\.sql");

    /** Every versioned migration under a classpath location such as {@code db/migration}, lowest version first. */
    static List<MigrationFile> under(String location) {
        try {
            String root = new PathMatchingResourcePatternResolver().getResource("classpath:" + location + "/")
                    .getURL().toString();
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + location + "/**/V*.sql");
            return Arrays.stream(resources).map(resource -> read(resource, root))
                    .sorted(Comparator.comparing(MigrationFile::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version Flyway reads from a file name such as {@code V4_1__cases_core.sql}. */
    static MigrationVersion versionOf(String fileName) {
        Matcher name = VERSIONED.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalStateException("Not a versioned migration name: " + fileName);
        }
        return MigrationVersion.fromVersion(name.group(1));
    }

    /** The file's SHA-256 in hex, as {@code sha256sum} prints it, to compare with a release's manifest. */
    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MigrationFile read(Resource resource, String root) {
        try {
            String url = resource.getURL().toString();
            String path = url.startsWith(root) ? url.substring(root.length()) : resource.getFilename();
            return new MigrationFile(path, resource.getFilename(), versionOf(resource.getFilename()),
                    resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
