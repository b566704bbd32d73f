// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import id.netra.shared.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How the audit trail is fed, the one way: every module publishes an {@link AuditEvent}, and this plain (synchronous)
 * listener appends it in the publisher's thread and transaction. On purpose neither asynchronous nor a
 * transactional-event listener: a failed append throws back into the publisher, so the change it records rolls back
 * with it. A publisher outside any transaction gets one of its own from {@link JdbcAuditTrail}.
 */
@Component
class AuditEventRecorder {

    private final AuditTrail trail;

    AuditEventRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void record(AuditEvent event) {
        trail.record(event);
    }
}
