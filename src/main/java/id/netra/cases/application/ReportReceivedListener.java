// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.intake.ReportReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to intake's {@link ReportReceived}. An {@code @ApplicationModuleListener} runs after intake's transaction
 * committed, asynchronously and in its own transaction, with the event kept in the Event Publication Registry until
 * the cases are stored: intake's answer never waits for or fails because of case opening, and an event interrupted
 * by a crash is delivered again on restart. Redelivery is harmless because opening is idempotent.
 */
@Component
class ReportReceivedListener {

    private final CaseOpening opening;

    ReportReceivedListener(CaseOpening opening) {
        this.opening = opening;
    }

    @ApplicationModuleListener
    void on(ReportReceived report) {
        opening.openFor(report);
    }
}
