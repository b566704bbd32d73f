// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.time.Instant;

/**
 * The head of the chain written down outside the database: entry {@code sequence} had hash {@code headHash} at
 * {@code anchoredAt}. Signed with an HMAC under the chain key ({@code netra-audit-anchor-v1}, then the three fields,
 * one per line), so a forged anchor file is recognised.
 */
public record AuditAnchor(long sequence, String headHash, Instant anchoredAt, String mac) {

    static AuditAnchor sign(AuditChainKey key, long sequence, String headHash, Instant anchoredAt) {
        return new AuditAnchor(sequence, headHash, anchoredAt, key.mac(form(sequence, headHash, anchoredAt)));
    }

    boolean signedBy(AuditChainKey key) {
        return AuditChainKey.same(key.mac(form(sequence, headHash, anchoredAt)), mac);
    }

    private static String form(long sequence, String headHash, Instant anchoredAt) {
        return "netra-audit-anchor-v1\n" + sequence + "\n" + headHash + "\n" + anchoredAt + "\n";
    }
}
