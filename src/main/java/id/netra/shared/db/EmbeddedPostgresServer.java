// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL per data directory per JVM: durable, password-protected, and started afresh when an earlier
 * run left its server behind (see {@link LeftoverPostmaster}, {@link EmbeddedPostgresPassword},
 * {@link PostmasterWatchdog}). Test suites create many application contexts; they all share
 * the cluster their JVM started instead of each starting their own.
 *
 * <p>Each application context holds a lease ({@link EmbeddedPostgresLease}) for as long as its DataSource lives. At
 * JVM exit the server waits for the leases to be returned before it stops, so that contexts still closing (and
 * flushing to the database) are not cut off mid-shutdown.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    private static final Duration MAX_WAIT_FOR_LEASES = Duration.ofSeconds(20);
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String password;
    private int leases;
    private boolean stopped;

    private final List<String> startNotes;
    private final AtomicBoolean startNotesTaken = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, String password, List<String> startNotes) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.password = password;
        this.startNotes = List.copyOf(startNotes);
    }

    /**
     * What the start did, for the application's log (which does not exist yet while the server starts); once, for the
     * first application context on this server.
     */
    List<String> takeStartNotes() {
        return startNotesTaken.getAndSet(true) ? List.of() : startNotes;
    }

    static EmbeddedPostgresServer startOnce(Path dataDir, boolean clean, int port, boolean durable) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(),
                dir -> start(dir, clean, port, durable));
    }

    static EmbeddedPostgresServer runningAt(String jdbcUrl) {
        return RUNNING.values().stream().filter(server -> server.jdbcUrl().equals(jdbcUrl)).findFirst().orElse(null);
    }

    /**
     * Starts the server on {@code dataDir}, after stopping one an earlier run left there. {@code durable} is what the
     * app needs: every commit on disk before the client hears of it (fsync, synchronous commit). The test suite
     * turns it off for speed ({@code netra.embedded-db.durable=false}); its clusters are thrown away.
     */
    static EmbeddedPostgresServer start(Path dataDir, boolean clean, int port, boolean durable) {
        try {
            Files.createDirectories(dataDir.getParent());
            List<String> notes = new ArrayList<>();
            if (LeftoverPostmaster.stopIfRunning(dataDir)) {
                notes.add("stopped the server an earlier run left on " + dataDir + " (fast shutdown) and started afresh");
            }
            if (clean) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            String password = isCluster(dataDir) ? EmbeddedPostgresPassword.readOrCreate(dataDir) : null;
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    // the library's 10 s are too short for crash recovery (WAL replay) on a busy machine
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "200")
                    // zonky passes -F (fsync off) and synchronous_commit=off; later options win over -F
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (password != null) {
                builder.setConnectConfig("password", password);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            if (password == null) {
                // a cluster initdb has just created: it trusts local connections until secure() below
                password = EmbeddedPostgresPassword.readOrCreate(dataDir);
            }
            if (EmbeddedPostgresPassword.secure(dataDir, postgres.getPostgresDatabase(), USER, password)) {
                notes.add("set its password (kept in " + EmbeddedPostgresPassword.file(dataDir)
                        + ") and made pg_hba.conf require it");
            }
            notes.add(0, "started on port " + postgres.getPort() + " with data in " + dataDir + ", "
                    + (durable ? "fsync and synchronous commit on" : "NOT durable: fsync and synchronous commit off"));
            notes.forEach(note -> log.info("Embedded PostgreSQL: {}", note));
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDir, password, notes);
            PostmasterWatchdog.watch(dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopWhenReleased, "embedded-postgres-shutdown"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static boolean isCluster(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("PG_VERSION"));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    String password() {
        return password;
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDir() {
        return dataDir;
    }

    synchronized void acquire() {
        leases++;
    }

    synchronized void release() {
        leases--;
        notifyAll();
    }

    /** Stops the server now (tests); the app stops it at JVM exit, after the contexts have let go. */
    void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        RUNNING.remove(dataDir, this);
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
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
