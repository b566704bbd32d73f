// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.accounts;

import id.netra.audit.AuditEvent;
import id.netra.audit.AuditTrail;
import id.netra.identity.AccountAdministered;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts administrators' account changes on the audit trail. A plain (synchronous) listener on purpose: it runs in the
 * administrator's transaction, so a change that cannot be audited is not made either.
 */
@Component
class AccountChangeAuditor {

    private final AuditTrail trail;
    private final JsonMapper json;

    AccountChangeAuditor(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    @EventListener
    void administered(AccountAdministered event) {
        // sorted keys: the same change always reads the same in the log
        trail.record(new AuditEvent(event.action(), "user", event.username(), event.actor(),
                json.writeValueAsString(new TreeMap<>(event.changes()))));
    }
}
