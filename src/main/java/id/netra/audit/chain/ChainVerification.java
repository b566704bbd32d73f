// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of walking the chain: intact with its length, or the first entry that does not fit and why.
 *
 * @param reason {@code missing-entry} (a sequence number is absent), {@code previous-hash-mismatch} (the entry does not
 *               link to the one before it) or {@code hash-mismatch} (the entry's content was changed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean intact, Long entries, String headHash, Long firstBrokenSequence,
        String reason) {

    /**
     * @param headHash the newest entry's hash: writing it down elsewhere (a letter, a report) later proves that no
     *                 entry up to it was rewritten, including the newest ones, which the chain alone cannot show
     */
    static ChainVerification intact(long entries, String headHash) {
        return new ChainVerification(true, entries, headHash, null, null);
    }

    static ChainVerification brokenAt(long sequence, String reason) {
        return new ChainVerification(false, null, null, sequence, reason);
    }
}
