// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.time.Instant;

/**
 * Where the keyed part of the chain starts. Entries numbered below {@code keyedFromSequence} carry the unkeyed
 * version-1 hash and must end in {@code legacyHeadHash}; from it on, every entry carries the keyed version-2 hash.
 * The MAC binds both numbers to the key, so the boundary cannot be moved without it.
 */
record ChainSeal(long keyedFromSequence, String legacyHeadHash, Instant sealedAt, String mac) {

    static ChainSeal sign(AuditChainKey key, long keyedFromSequence, String legacyHeadHash, Instant sealedAt) {
        return new ChainSeal(keyedFromSequence, legacyHeadHash, sealedAt,
                key.mac(form(keyedFromSequence, legacyHeadHash, sealedAt)));
    }

    boolean signedBy(AuditChainKey key) {
        return AuditChainKey.same(key.mac(form(keyedFromSequence, legacyHeadHash, sealedAt)), mac);
    }

    boolean keyed(long sequence) {
        return sequence >= keyedFromSequence;
    }

    private static String form(long keyedFromSequence, String legacyHeadHash, Instant sealedAt) {
        return "netra-audit-seal-v1\n" + keyedFromSequence + "\n" + legacyHeadHash + "\n" + sealedAt + "\n";
    }
}
