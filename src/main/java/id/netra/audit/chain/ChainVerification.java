// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The outcome of walking the chain: intact with its length, or the first entry that does not fit and why.
 *
 * @param reason {@code missing-entry} (a sequence number is absent), {@code previous-hash-mismatch} (the entry does not
 *               link to the one before it), {@code hash-mismatch} (the entry's content was changed),
 *               {@code legacy-head-mismatch} (an entry from before the chain was keyed was rewritten: the unkeyed part
 *               no longer ends in the sealed hash), {@code seal-missing} / {@code seal-invalid} (the record of where
 *               keying starts is gone or was not written with the key), {@code anchor-mismatch} (the entry named by
 *               the latest anchor outside the database has another hash), {@code anchor-beyond-head} (entries that
 *               were anchored are gone from the end) or {@code anchor-invalid} (the anchor file is not signed with
 *               the key)
 * @param anchoredSequence the entry named by the latest anchor outside the database, checked against it
 * @param anchoredAt when that anchor was written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean intact, Long entries, String headHash, Long firstBrokenSequence,
        String reason, Long anchoredSequence, Instant anchoredAt) {

    /**
     * @param headHash the newest entry's hash: writing it down elsewhere (a letter, a report, an anchor) later proves
     *                 that no entry up to it was rewritten or removed
     */
    static ChainVerification intact(long entries, String headHash) {
        return new ChainVerification(true, entries, headHash, null, null, null, null);
    }

    static ChainVerification brokenAt(long sequence, String reason) {
        return new ChainVerification(false, null, null, sequence, reason, null, null);
    }

    ChainVerification withAnchor(AuditAnchor anchor) {
        return new ChainVerification(intact, entries, headHash, firstBrokenSequence, reason, anchor.sequence(),
                anchor.anchoredAt());
    }
}
