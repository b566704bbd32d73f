// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.shared.AuditEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/**
 * Listens, beside the audit module, to the {@link AuditEvent}s the modules publish and keeps a copy, so tests can see
 * what the cases module put on the trail.
 */
public class RecordingAuditTrail {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void record(AuditEvent event) {
        events.add(event);
    }

    public List<AuditEvent> eventsAbout(long caseId) {
        return events.stream().filter(e -> "case".equals(e.subjectType()) && String.valueOf(caseId).equals(e.subjectId()))
                .toList();
    }

    public List<AuditEvent> eventsAbout(String subjectType, String subjectId) {
        return events.stream().filter(e -> subjectType.equals(e.subjectType()) && subjectId.equals(e.subjectId()))
                .toList();
    }
}
