// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in order, recomputing every hash (unkeyed before the {@link ChainSeal}, keyed from it on),
 * then checks the latest {@link AuditAnchor} outside the database against the entry it names. Streams rows so the
 * log's size does not matter.
 */
@Service
public class AuditChainVerifier {

    private final JdbcClient jdbc;
    private final AuditChainKey key;
    private final ChainSeals seals;
    private final AuditAnchors anchors;

    AuditChainVerifier(DataSource dataSource, AuditChainKey key, ChainSeals seals, AuditAnchors anchors) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1_000);
        this.jdbc = JdbcClient.create(streaming);
        this.key = key;
        this.seals = seals;
        this.anchors = anchors;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Optional<AuditAnchor> anchor = anchors.latest();
        Optional<ChainSeal> seal = seals.find();
        ChainVerification chain;
        try (Stream<AuditEntry> entries = jdbc.sql("select * from audit.entry order by sequence_number")
                .query(AuditEntryRows.MAPPER).stream()) {
            chain = verify(entries.iterator(), seal.orElse(null), key);
        }
        if (!chain.intact() || anchor.isEmpty()) {
            return chain;
        }
        return checkAnchor(chain, anchor.get());
    }

    private ChainVerification checkAnchor(ChainVerification chain, AuditAnchor anchor) {
        if (!anchor.signedBy(key)) {
            return ChainVerification.brokenAt(anchor.sequence(), "anchor-invalid");
        }
        if (anchor.sequence() > chain.entries()) {
            return ChainVerification.brokenAt(chain.entries() + 1, "anchor-beyond-head");
        }
        String stored = jdbc.sql("select hash from audit.entry where sequence_number = ?").param(anchor.sequence())
                .query(String.class).single();
        if (!stored.equals(anchor.headHash())) {
            return ChainVerification.brokenAt(anchor.sequence(), "anchor-mismatch");
        }
        return chain.withAnchor(anchor);
    }

    /** Only unkeyed entries, as before the chain was keyed; for checking the version-1 form on its own. */
    static ChainVerification verify(Iterator<AuditEntry> entries) {
        return verify(entries, new ChainSeal(Long.MAX_VALUE, null, null, null), null);
    }

    /** @param seal where keying starts; {@code null} when none was found, which only an empty chain may lack */
    static ChainVerification verify(Iterator<AuditEntry> entries, ChainSeal seal, AuditChainKey key) {
        long expectedSequence = 1;
        String previousHash = AuditHashing.GENESIS;
        boolean legacyOnly = seal != null && seal.keyedFromSequence() == Long.MAX_VALUE;
        if (seal != null && !legacyOnly && !seal.signedBy(key)) {
            return ChainVerification.brokenAt(seal.keyedFromSequence(), "seal-invalid");
        }
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (seal == null) {
                return ChainVerification.brokenAt(entry.sequenceNumber(), "seal-missing");
            }
            if (entry.sequenceNumber() != expectedSequence) {
                return ChainVerification.brokenAt(expectedSequence, "missing-entry");
            }
            if (!entry.previousHash().equals(previousHash)) {
                return ChainVerification.brokenAt(entry.sequenceNumber(), "previous-hash-mismatch");
            }
            String expected = legacyOnly ? entry.expectedHash() : entry.expectedHash(seal, key);
            if (!AuditChainKey.same(expected, entry.hash())) {
                return ChainVerification.brokenAt(entry.sequenceNumber(), "hash-mismatch");
            }
            if (!legacyOnly && entry.sequenceNumber() == seal.keyedFromSequence() - 1
                    && !entry.hash().equals(seal.legacyHeadHash())) {
                return ChainVerification.brokenAt(entry.sequenceNumber(), "legacy-head-mismatch");
            }
            previousHash = entry.hash();
            expectedSequence++;
        }
        if (seal != null && !legacyOnly && expectedSequence < seal.keyedFromSequence()) {
            return ChainVerification.brokenAt(expectedSequence, "missing-entry");
        }
        return ChainVerification.intact(expectedSequence - 1, previousHash);
    }
}
