// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.audit.AuditEvent;
import id.netra.audit.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes every event on to the real audit trail and keeps a copy, so tests can see what the cases module wrote. */
public class RecordingAuditTrail implements AuditTrail {

    private final AuditTrail delegate;
    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    public RecordingAuditTrail(AuditTrail delegate) {
        this.delegate = delegate;
    }

    @Override
    public void record(AuditEvent event) {
        delegate.record(event);
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
