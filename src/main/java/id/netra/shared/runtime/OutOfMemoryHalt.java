// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.runtime;

import java.io.PrintStream;
import java.lang.Thread.UncaughtExceptionHandler;
import java.util.function.IntConsumer;
import org.springframework.modulith.NamedInterface;

/**
 * The in-process safety net behind {@code -XX:+ExitOnOutOfMemoryError}: a thread that dies of an
 * {@link OutOfMemoryError} halts the JVM, so that a supervisor (systemd, Kubernetes, a container runtime) starts a
 * fresh one, instead of leaving a process that is alive but has lost its Tomcat poller or scheduler and answers
 * nothing.
 *
 * <p>What it can and cannot do: it sees only errors that escape a thread. An OutOfMemoryError caught along the way (a
 * {@code catch (Throwable)} in a library) never reaches it; the JVM option catches every one, at the allocation,
 * which is why the option is the primary measure and this handler the fallback for a JVM started without it. It halts
 * rather than exits: shutdown hooks and logging need memory the JVM no longer has, and may themselves hang. The
 * message is printed with nothing allocated beyond a constant string.
 */
@NamedInterface("runtime") // for NetraApplication.main only
public final class OutOfMemoryHalt implements UncaughtExceptionHandler {

    /** The status {@code -XX:+ExitOnOutOfMemoryError} ends the JVM with, so supervisors see one cause. */
    public static final int STATUS = 3;
    private static final String MESSAGE =
            "Netra: a thread died of OutOfMemoryError; halting the JVM so that it can be restarted";

    private final UncaughtExceptionHandler previous;
    private final IntConsumer halt;
    private final PrintStream err;

    OutOfMemoryHalt(UncaughtExceptionHandler previous, IntConsumer halt, PrintStream err) {
        this.previous = previous;
        this.halt = halt;
        this.err = err;
    }

    /** Installs the handler as the JVM's default, keeping the one in place for every other exception. */
    public static void install() {
        UncaughtExceptionHandler current = Thread.getDefaultUncaughtExceptionHandler();
        if (current instanceof OutOfMemoryHalt) {
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(
                new OutOfMemoryHalt(current, status -> Runtime.getRuntime().halt(status), System.err));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (causedByOutOfMemory(failure)) {
            try {
                err.println(MESSAGE);
                err.flush();
            } finally {
                halt.accept(STATUS);
            }
            return;
        }
        if (previous != null) {
            previous.uncaughtException(thread, failure);
        } else {
            // what the JVM does without any handler
            err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace(err);
        }
    }

    /** Also when wrapped: an executor or a framework may rethrow it as the cause of another exception. */
    private static boolean causedByOutOfMemory(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
