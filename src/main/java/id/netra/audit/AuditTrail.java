// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit;

/** Appends to the tamper-evident audit log, in the caller's transaction. */
public interface AuditTrail {

    void record(AuditEvent event);
}
