// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalInt;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link DeadlineSweep} under a ShedLock lock in {@code cases.shedlock}, so that however many instances
 * share the database only one sweeps at a time. The daily run keeps the lock a while after finishing so that an
 * instance whose clock is a little behind does not run the same day's sweep again; an administrator's run releases
 * it at once.
 */
public class DeadlineSweepJob {

    public static final String LOCK_NAME = "cases-deadline-sweep";

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweepJob.class);

    private final DeadlineSweep sweep;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final String lockName;
    private final Duration holdAfterScheduledRun;

    public DeadlineSweepJob(DeadlineSweep sweep, LockProvider lockProvider, Clock clock, String lockName,
            Duration holdAfterScheduledRun) {
        this.sweep = sweep;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
        this.lockName = lockName;
        this.holdAfterScheduledRun = holdAfterScheduledRun;
    }

    /** The daily run; the cron expression is {@code netra.cases.sweep.cron} ({@code -} switches it off). */
    @Scheduled(cron = "${netra.cases.sweep.cron:0 30 0 * * *}", zone = "Asia/Jakarta")
    public void daily() {
        runLocked(LocalDate.now(clock), holdAfterScheduledRun)
                .ifPresentOrElse(n -> log.info("Daily deadline sweep escalated {} case(s)", n),
                        () -> log.info("Daily deadline sweep skipped: another instance holds the lock"));
    }

    /** @return the number escalated, or empty when another instance is sweeping */
    public OptionalInt runNow(LocalDate asOf) {
        return runLocked(asOf, Duration.ZERO);
    }

    /** The scheduled entry point with an explicit day, for tests that start several instances at once. */
    public OptionalInt runScheduled(LocalDate asOf) {
        return runLocked(asOf, holdAfterScheduledRun);
    }

    private OptionalInt runLocked(LocalDate asOf, Duration holdAfter) {
        // lock times are real time (database time), not the business clock that tests fix
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), lockName, Duration.ofMinutes(30),
                holdAfter);
        try {
            LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(() -> sweep.sweep(asOf), lock);
            return result.wasExecuted() ? OptionalInt.of(result.getResult()) : OptionalInt.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Deadline sweep failed", e);
        }
    }
}
