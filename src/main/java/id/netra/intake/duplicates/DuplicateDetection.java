// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.duplicates;

import id.netra.intake.ReportReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Looks for duplicates once a report is committed, outside the reporter's request: the reporter's receipt does not
 * wait for the search, and the event publication registry retries the search if the application stops midway.
 */
@Component
class DuplicateDetection {

    private final DuplicateDetector detector;

    DuplicateDetection(DuplicateDetector detector) {
        this.detector = detector;
    }

    @ApplicationModuleListener
    void on(ReportReceived received) {
        detector.detect(received.reportId());
    }
}
