// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly recount and repair of the rollups, under a ShedLock lock in {@code analytics.shedlock} so that one
 * instance recounts however many share the database.
 */
@Component
public class RollupRecountJob {

    static final String LOCK_NAME = "analytics-rollup-recount";
    private static final Logger log = LoggerFactory.getLogger(RollupRecountJob.class);

    private final RollupRecount recount;
    private final LockingTaskExecutor locks;

    RollupRecountJob(RollupRecount recount, DataSource dataSource) {
        this.recount = recount;
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("analytics.shedlock").usingDbTime().build()));
    }

    /** Nightly; the cron expression is {@code netra.analytics.recount.cron} ({@code -} switches it off). */
    @Scheduled(cron = "${netra.analytics.recount.cron:0 15 1 * * *}", zone = "Asia/Jakarta")
    public void nightly() {
        runNow().ifPresentOrElse(result -> log.info("Rollup recount: {}", result),
                () -> log.info("Rollup recount skipped: another instance holds the lock"));
    }

    /** @return the recount's result, or empty when another instance is recounting */
    public Optional<RollupRecount.Result> runNow() {
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK_NAME, Duration.ofMinutes(30),
                Duration.ZERO);
        try {
            LockingTaskExecutor.TaskResult<RollupRecount.Result> result = locks.executeWithLock(recount::repair,
                    lock);
            return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Rollup recount failed", e);
        }
    }
}
