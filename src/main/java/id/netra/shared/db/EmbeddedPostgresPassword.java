// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's password: generated once, kept in a file readable only by its owner inside the data
 * directory (so it moves, is backed up and is deleted with the data), and required for every connection, local socket
 * or TCP, by a {@code pg_hba.conf} that accepts only scram-sha-256.
 *
 * <p>The embedded distribution's initdb always creates a cluster that trusts every local connection, and data
 * directories created by earlier Netra versions were left that way. {@link #secure} therefore runs at every start:
 * on a trusting cluster it sets the password (hashed on the client, so it never reaches the server's logs) and then
 * replaces {@code pg_hba.conf}; on a cluster it already secured it changes nothing.
 */
final class EmbeddedPostgresPassword {

    static final String FILE_NAME = "netra-db-password";
    static final String HBA_MARKER = "# netra: password required (scram-sha-256)";
    private static final String HBA = HBA_MARKER + """

            # Written by Netra at start. The password is in %s in this directory; a new one: delete that file and
            # put back a 'trust' pg_hba.conf, Netra sets a fresh password at its next start.
            local   all             all                             scram-sha-256
            host    all             all             127.0.0.1/32    scram-sha-256
            host    all             all             ::1/128         scram-sha-256
            local   replication     all                             scram-sha-256
            host    replication     all             127.0.0.1/32    scram-sha-256
            host    replication     all             ::1/128         scram-sha-256
            """.formatted(FILE_NAME);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresPassword.class);

    private EmbeddedPostgresPassword() {
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * The password kept with {@code dataDir}, created (32 random bytes, base64url) when there is none yet. Refuses when
     * the file is gone but the cluster already requires a password: a new one would not open it.
     */
    static String readOrCreate(Path dataDir) {
        Path file = file(dataDir);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            if (isSecured(dataDir)) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " requires a password but "
                        + file + " is missing. Restore that file from the backup of the data directory, or replace "
                        + "pg_hba.conf there by 'local all all trust' and 'host all all 127.0.0.1/32 trust' so that "
                        + "Netra sets a new password at its next start.");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            writeOwnerOnly(file, password + "\n");
            log.info("Embedded PostgreSQL: generated its password, kept in {}", file);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the embedded PostgreSQL password in " + file, e);
        }
    }

    /**
     * Sets the password and requires it, unless the cluster already does. The server must be running.
     *
     * @return whether anything was changed
     */
    static boolean secure(Path dataDir, DataSource superuser, String user, String password) {
        if (isSecured(dataDir)) {
            return false;
        }
        try (Connection connection = superuser.getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(user, password.toCharArray(), "scram-sha-256");
            writeOwnerOnly(dataDir.resolve("pg_hba.conf"), HBA);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_reload_conf()");
            }
            log.info("Embedded PostgreSQL in {}: password set, pg_hba.conf now requires it (scram-sha-256)", dataDir);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL password in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rewrite pg_hba.conf in " + dataDir, e);
        }
    }

    static boolean isSecured(Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            return Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + hba, e);
        }
    }

    /** Written beside, then moved into place: a crash leaves either the old file or the whole new one. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Another process is writing " + file, e);
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp); // not a POSIX file system: the directory's own protection applies
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true); // the password must survive a power cut as surely as the data it opens
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
