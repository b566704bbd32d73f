// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutOfMemoryHaltTests {

    private final List<Integer> halts = new ArrayList<>();
    private final List<Throwable> delegated = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OutOfMemoryHalt handler = new OutOfMemoryHalt((thread, failure) -> delegated.add(failure),
            halts::add, new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void outOfMemory_haltsWithTheJvmOptionsStatus() {
        handler.uncaughtException(Thread.currentThread(), new OutOfMemoryError("Java heap space"));

        assertThat(halts).containsExactly(3);
        assertThat(delegated).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("OutOfMemoryError");
    }

    @Test
    void outOfMemory_wrappedByAFramework_haltsToo() {
        handler.uncaughtException(Thread.currentThread(),
                new IllegalStateException("task failed", new RuntimeException(new OutOfMemoryError())));

        assertThat(halts).containsExactly(3);
    }

    @Test
    void otherFailures_goToThePreviousHandler_andTheJvmLives() {
        IllegalArgumentException failure = new IllegalArgumentException("bad");
        handler.uncaughtException(Thread.currentThread(), failure);
        handler.uncaughtException(Thread.currentThread(), new StackOverflowError());

        assertThat(halts).isEmpty();
        assertThat(delegated).hasSize(2).first().isSameAs(failure);
    }

    /** The finding itself: a thread dies of a real OutOfMemoryError while other threads keep the JVM alive. */
    @Test
    void realOutOfMemory_inAChildJvm_withoutTheHandlerItHangs_withItItDies(@TempDir Path temp) throws Exception {
        Process without = childJvm(temp.resolve("without.log"), "none");
        Process with = childJvm(temp.resolve("with.log"), "install");
        try {
            assertThat(with.waitFor(120, TimeUnit.SECONDS)).as("JVM with the handler ended").isTrue();
            assertThat(with.exitValue()).isEqualTo(OutOfMemoryHalt.STATUS);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(temp.resolve("without.log")).contains("STILL ALIVE")
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(Files.readString(temp.resolve("without.log"))).contains("OutOfMemoryError", "STILL ALIVE");
            assertThat(without.waitFor(2, TimeUnit.SECONDS)).as("JVM without the handler still running").isFalse();
        } finally {
            without.destroyForcibly();
            with.destroyForcibly();
        }
    }

    private static Process childJvm(Path log, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a small heap, no -XX:+ExitOnOutOfMemoryError: the handler alone must end it
        return new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                OutOfMemoryMain.class.getName(), mode).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
