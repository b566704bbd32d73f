// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.sweep;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ShedLock provider on {@code cases.shedlock} (database time) and the locked sweep job. */
@Configuration(proxyBeanMethods = false)
class SweepConfiguration {

    @Bean
    LockProvider casesLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("cases.shedlock")
                .usingDbTime()
                .build());
    }

    @Bean
    DeadlineSweepJob deadlineSweepJob(DeadlineSweep sweep, LockProvider casesLockProvider, Clock clock,
            @Value("${netra.cases.sweep.hold-lock-after-run:PT5M}") Duration holdAfterRun) {
        return new DeadlineSweepJob(sweep, casesLockProvider, clock, DeadlineSweepJob.LOCK_NAME, holdAfterRun);
    }
}
