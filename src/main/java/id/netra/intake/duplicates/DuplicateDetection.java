// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.duplicates;

import id.netra.intake.ReportReceived;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Looks for duplicates once a report is committed, outside the reporter's request: the reporter's receipt does not
 * wait for the search, and the event publication registry retries the search if the application stops midway.
 * <p>
 * What {@code @ApplicationModuleListener} does, but on a single thread of its own: a trigram search costs far more
 * database time than taking a report in, so during a burst of reports the searches queue up behind each other
 * (and catch up afterwards) instead of taking every core from the reporters still submitting.
 */
@Component
class DuplicateDetection {

    static final String EXECUTOR = "duplicateDetectionExecutor";

    private final DuplicateDetector detector;

    DuplicateDetection(DuplicateDetector detector) {
        this.detector = detector;
    }

    @Async(EXECUTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(ReportReceived received) {
        detector.detect(received.reportId());
    }

    @Configuration(proxyBeanMethods = false)
    static class DetectionExecutorConfiguration {

        /** One thread, an unbounded queue of report ids; pending searches survive a restart in the registry. */
        @Bean(name = EXECUTOR)
        ThreadPoolTaskExecutor duplicateDetectionExecutor() {
            ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(1);
            executor.setMaxPoolSize(1);
            executor.setThreadNamePrefix("duplicates-");
            executor.setWaitForTasksToCompleteOnShutdown(true);
            executor.setAwaitTerminationSeconds(10);
            return executor;
        }
    }
}
