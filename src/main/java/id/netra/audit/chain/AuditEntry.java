// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.time.Instant;

/** One stored row of the audit trail, as written and as read back for verification or display. */
public record AuditEntry(long sequenceNumber, Instant occurredAt, String action, String subjectType,
        String subjectId, String actor, String details, String previousHash, String hash) {

    /** The hash this entry should carry given its fields; differs from {@link #hash()} once a row was altered. */
    String expectedHash() {
        return AuditHashing.hash(sequenceNumber, occurredAt, action, subjectType, subjectId, actor, details,
                previousHash);
    }
}
