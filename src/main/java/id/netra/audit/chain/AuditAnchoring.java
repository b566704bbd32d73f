// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
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
import org.springframework.stereotype.Service;

/**
 * Writes the chain's head down outside the database: verifies the whole chain and, only if it is intact, signs its
 * head as an {@link AuditAnchor}. Runs on the schedule {@code netra.audit.anchor.cron} (hourly by default; {@code -}
 * switches it off) under a ShedLock lock in {@code audit.shedlock}, so instances sharing a database take turns, and
 * on an administrator's request. Between two anchors, removing the newest entries cannot be told from their never
 * having been written; everything up to the last anchor can.
 */
@Service
public class AuditAnchoring {

    static final String LOCK_NAME = "audit-anchor";
    private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

    private final AuditChainVerifier verifier;
    private final AuditAnchors anchors;
    private final AuditChainKey key;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    AuditAnchoring(AuditChainVerifier verifier, AuditAnchors anchors, AuditChainKey key, Clock clock,
            DataSource dataSource) {
        this.verifier = verifier;
        this.anchors = anchors;
        this.key = key;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("audit.shedlock").usingDbTime().build()));
    }

    @Scheduled(cron = "${netra.audit.anchor.cron:0 7 * * * *}")
    public void scheduled() {
        // lock times are database time, not the business clock that tests fix
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK_NAME, Duration.ofMinutes(30),
                Duration.ofMinutes(1));
        locks.executeWithLock((Runnable) this::anchorNow, lock);
    }

    /** @return the anchor written, or empty when the chain is empty or broken (a broken chain is never anchored) */
    public Optional<AuditAnchor> anchorNow() {
        ChainVerification chain = verifier.verify();
        if (!chain.intact()) {
            log.error("Audit chain broken at entry {} ({}); no anchor written", chain.firstBrokenSequence(),
                    chain.reason());
            return Optional.empty();
        }
        if (chain.entries() == 0) {
            return Optional.empty();
        }
        AuditAnchor anchor = AuditAnchor.sign(key, chain.entries(), chain.headHash(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        anchors.write(anchor);
        log.info("Audit chain anchored at entry {}", anchor.sequence());
        return Optional.of(anchor);
    }
}
