// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.time.Instant;

/** One stored row of the audit trail, as written and as read back for verification or display. */
public record AuditEntry(long sequenceNumber, Instant occurredAt, String action, String subjectType,
        String subjectId, String actor, String details, String previousHash, String hash) {

    /** The unkeyed (version 1) hash this entry's fields give; entries before the {@link ChainSeal} carry it. */
    String expectedHash() {
        return AuditHashing.hash(sequenceNumber, occurredAt, action, subjectType, subjectId, actor, details,
                previousHash);
    }

    /** The keyed (version 2) hash; entries from the {@link ChainSeal} on carry it. */
    String keyedHash(AuditChainKey key) {
        return AuditHashing.keyedHash(key, sequenceNumber, occurredAt, action, subjectType, subjectId, actor, details,
                previousHash);
    }

    /** The hash this entry should carry given its fields and place; differs from {@link #hash()} once altered. */
    String expectedHash(ChainSeal seal, AuditChainKey key) {
        return seal.keyed(sequenceNumber) ? keyedHash(key) : expectedHash();
    }
}
