// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.shared.AuditEvent;
import id.netra.cases.CaseStateChanged;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseTransition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every change of a case goes to the audit trail as {@code case.<action>} and out as a {@link CaseStateChanged}
 * event, both in the transaction of the change: if the change rolls back, so do they.
 */
@Component
public class CaseChangeRecorder {

    private final ApplicationEventPublisher events;

    public CaseChangeRecorder(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Records the case's latest timeline entry; call after the case was saved, so it has an id. */
    public void recordLatest(Case caseFile) {
        var timeline = caseFile.transitions();
        CaseTransition latest = timeline.get(timeline.size() - 1);
        String from = latest.from() == null ? null : latest.from().name();
        events.publishEvent(new AuditEvent("case." + latest.action().key(), "case", String.valueOf(caseFile.id()),
                latest.actor(), "{\"from\":" + quoted(from) + ",\"to\":\"" + latest.to().name() + "\"}"));
        events.publishEvent(new CaseStateChanged(caseFile.id(), caseFile.reportId(),
                CaseEventTypes.publicAction(latest.action()), CaseEventTypes.publicState(latest.from()),
                CaseEventTypes.publicState(latest.to()), latest.actor(), latest.at(), caseFile.regionCode(),
                caseFile.person().agencyCode()));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
