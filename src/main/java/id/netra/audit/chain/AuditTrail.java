// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import id.netra.shared.AuditEvent;

/**
 * Appends to the tamper-evident audit log, in the caller's transaction. Internal to the audit module: other modules
 * publish an {@link AuditEvent} instead, which {@link AuditEventRecorder} hands to this.
 */
public interface AuditTrail {

    void record(AuditEvent event);
}
