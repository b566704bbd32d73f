// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

import id.netra.cases.CaseStateChanged;
import java.time.Duration;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends escalation e-mails again that failed (mail server down, a refused connection) without waiting for a restart:
 * every few minutes the failed publications of case changes are handed to their listeners again, a limited number
 * of times. Under a ShedLock lock, so that several instances do not send the same e-mail twice. A publication that
 * used up its attempts stays failed in the registry, where an administrator can see it.
 */
@Component
class FailedMailRetry {

    static final String LOCK_NAME = "cases-failed-mail-retry";
    private static final Logger log = LoggerFactory.getLogger(FailedMailRetry.class);

    private final FailedEventPublications failed;
    private final LockingTaskExecutor locks;
    private final int maxAttempts;
    private final Duration minAge;

    FailedMailRetry(FailedEventPublications failed, LockProvider casesLockProvider,
            @Value("${netra.cases.mail.max-attempts:5}") int maxAttempts,
            @Value("${netra.cases.mail.retry-after:PT2M}") Duration minAge) {
        this.failed = failed;
        this.locks = new DefaultLockingTaskExecutor(casesLockProvider);
        this.maxAttempts = maxAttempts;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${netra.cases.mail.retry-every:PT5M}",
            initialDelayString = "${netra.cases.mail.retry-every:PT5M}")
    void retryFailed() {
        // lock times are real time (database time), not the business clock that tests fix
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK_NAME, Duration.ofMinutes(10),
                Duration.ZERO);
        locks.executeWithLock((Runnable) this::resubmit, lock);
    }

    /** Hands the failed case-change publications older than the minimum age back to their listeners. */
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(minAge)
                .withFilter(this::worthAnotherAttempt));
    }

    private boolean worthAnotherAttempt(EventPublication publication) {
        if (!(publication.getEvent() instanceof CaseStateChanged change)) {
            return false;
        }
        if (publication.getCompletionAttempts() >= maxAttempts) {
            log.debug("Not retrying {} of case {}: {} attempts made", change.action(), change.caseId(),
                    publication.getCompletionAttempts());
            return false;
        }
        log.info("Retrying {} of case {} (attempt {})", change.action(), change.caseId(),
                publication.getCompletionAttempts() + 1);
        return true;
    }
}
