// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded PostgreSQL stop when the JVM dies without running its shutdown hooks (kill -9, an out-of-memory
 * kill). pg_ctl detaches the server from the JVM, and Java cannot ask the kernel to signal a process when its parent
 * dies, so a tiny shell process waits for the JVM to disappear and then asks the server for a fast shutdown.
 *
 * <p>It is a convenience, not the guarantee: when the whole process group is killed the watchdog dies too, and the
 * next start stops the server itself ({@link LeftoverPostmaster}). Before signalling, the watchdog checks that the
 * data directory's {@code postmaster.pid} still names the same process, so a pid reused after a clean stop is safe.
 */
final class PostmasterWatchdog {

    private static final String SCRIPT = """
            jvm=$1; pg=$2; dir=$3
            while kill -0 "$jvm" 2>/dev/null; do sleep 1; done
            if [ "$(head -n 1 "$dir/postmaster.pid" 2>/dev/null)" = "$pg" ]; then kill -INT "$pg"; fi
            """;
    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

    private PostmasterWatchdog() {
    }

    static void watch(Path dataDir) {
        ProcessHandle postmaster = LeftoverPostmaster.find(dataDir).orElse(null);
        if (postmaster == null) {
            log.warn("No postmaster found in {}; it will not be stopped if this JVM is killed", dataDir);
            return;
        }
        try {
            new ProcessBuilder("sh", "-c", SCRIPT, "netra-postgres-watchdog",
                    Long.toString(ProcessHandle.current().pid()), Long.toString(postmaster.pid()),
                    dataDir.toAbsolutePath().toString())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log.warn("Could not start the watchdog of the embedded PostgreSQL (pid {})", postmaster.pid(), e);
        }
    }
}
