// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.shared.AuditEvent;
import id.netra.testing.NetraIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on real PostgreSQL: appends link into one chain, the database refuses changes, a change made
 * behind its back is found at the right entry, and concurrent writers still produce a single line.
 */
@NetraIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditChainKey key;

    @Autowired
    ChainSeals seals;

    @Autowired
    AuditAnchoring anchoring;

    @Autowired
    AuditAnchors anchors;

    @Value("${netra.audit.anchor.dir}")
    Path anchorDirectory;

    @Test
    void appends_linkIntoAnIntactChain() {
        String action = uniqueAction();
        for (int i = 0; i < 3; i++) {
            trail.record(new AuditEvent(action, "case", "case-" + i, "admin", "{\"n\":" + i + "}"));
        }

        List<AuditEntry> mine = entries(action);
        assertThat(mine).hasSize(3);
        for (AuditEntry entry : mine) {
            AuditEntry previous = entry(entry.sequenceNumber() - 1);
            assertThat(entry.previousHash()).isEqualTo(previous.hash());
            assertThat(entry.hash()).isEqualTo(entry.keyedHash(key)).isNotEqualTo(entry.expectedHash());
        }
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(mine.get(2).sequenceNumber());
    }

    @Test
    void entryTime_comesFromTheInjectedClock() {
        Instant fixed = Instant.parse("2024-11-27T03:15:30.123456789Z");
        AuditTrail fixedTrail = new JdbcAuditTrail(jdbc, Clock.fixed(fixed, ZoneOffset.UTC), key, seals);
        String action = uniqueAction();

        transactions.executeWithoutResult(status -> fixedTrail.record(new AuditEvent(action, null, null, "system",
                null)));

        assertThat(entries(action)).singleElement()
                .satisfies(entry -> assertThat(entry.occurredAt()).isEqualTo(Instant.parse(
                        "2024-11-27T03:15:30.123456Z")));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void appendInARolledBackTransaction_leavesNoEntry() {
        String action = uniqueAction();

        transactions.executeWithoutResult(status -> {
            trail.record(new AuditEvent(action, "case", "1", "admin", null));
            status.setRollbackOnly();
        });

        assertThat(entries(action)).isEmpty();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void updateDeleteAndTruncate_areRefusedByTheDatabase() {
        String action = uniqueAction();
        trail.record(new AuditEvent(action, "case", "1", "admin", "original"));
        long sequence = entries(action).get(0).sequenceNumber();

        assertThatThrownBy(() -> jdbc.sql("update audit.entry set details = 'forged' where sequence_number = ?")
                .param(sequence).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where sequence_number = ?").param(sequence)
                .update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(entries(action)).singleElement().extracting(AuditEntry::details).isEqualTo("original");
    }

    @Test
    void rowChangedBehindTheTriggersBack_isDetectedAtItsSequence() {
        String action = uniqueAction();
        trail.record(new AuditEvent(action, "case", "1", "admin", "original"));
        trail.record(new AuditEvent(action, "case", "2", "admin", "later"));
        long tampered = entries(action).get(0).sequenceNumber();

        asSuperuserWithoutTriggers("update audit.entry set details = 'forged' where sequence_number = " + tampered);
        try {
            assertThat(verifier.verify()).isEqualTo(ChainVerification.brokenAt(tampered, "hash-mismatch"));
        } finally {
            asSuperuserWithoutTriggers("update audit.entry set details = 'original' where sequence_number = "
                    + tampered);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void rowDeletedBehindTheTriggersBack_isDetectedAsMissing() {
        String action = uniqueAction();
        trail.record(new AuditEvent(action, "case", "1", "admin", "removed"));
        trail.record(new AuditEvent(action, "case", "2", "admin", "kept"));
        AuditEntry removed = entries(action).get(0);

        asSuperuserWithoutTriggers("delete from audit.entry where sequence_number = " + removed.sequenceNumber());
        try {
            assertThat(verifier.verify()).isEqualTo(ChainVerification.brokenAt(removed.sequenceNumber(),
                    "missing-entry"));
        } finally {
            restore(removed);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /**
     * Issue 8 finding 5: with the triggers off, someone who reaches only the database changes one entry's actor and
     * recomputes every following hash, with the old unkeyed formula or with a key of their own. Without the chain key
     * the changed entry's hash cannot be right, and verification names it.
     */
    @Test
    void rewriteWithoutTheKey_unkeyedFormula_isDetectedAtTheChangedEntry() {
        assertRewriteIsDetected(entry -> entry.expectedHash());
    }

    @Test
    void rewriteWithoutTheKey_guessedKey_isDetectedAtTheChangedEntry() {
        byte[] guess = new byte[32];
        new SecureRandom().nextBytes(guess);
        AuditChainKey attackersKey = new AuditChainKey(guess);
        assertRewriteIsDetected(entry -> entry.keyedHash(attackersKey));
    }

    private void assertRewriteIsDetected(Function<AuditEntry, String> attackersFormula) {
        String action = uniqueAction();
        trail.record(new AuditEvent(action, "case", "1", "bawaslu-officer", "case.forwarded"));
        trail.record(new AuditEvent(action, "case", "1", "supervisor", "case.stopped"));
        trail.record(new AuditEvent(action, "case", "2", "admin", "later"));
        long changed = entries(action).get(0).sequenceNumber();
        List<AuditEntry> originals = jdbc.sql("select * from audit.entry where sequence_number >= ? "
                + "order by sequence_number").param(changed).query(AuditEntryRows.MAPPER).list();
        assertThat(verifier.verify().intact()).isTrue();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
            String previous = originals.get(0).previousHash();
            for (AuditEntry original : originals) {
                String actor = original.sequenceNumber() == changed ? "ppk-officer" : original.actor();
                AuditEntry forged = new AuditEntry(original.sequenceNumber(), original.occurredAt(), original.action(),
                        original.subjectType(), original.subjectId(), actor, original.details(), previous, null);
                String hash = attackersFormula.apply(forged);
                jdbc.sql("update audit.entry set actor = ?, previous_hash = ?, hash = ? where sequence_number = ?")
                        .params(actor, previous, hash, original.sequenceNumber()).update();
                previous = hash;
            }
            jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
        });
        try {
            assertThat(entry(changed).actor()).isEqualTo("ppk-officer");
            assertThat(verifier.verify()).isEqualTo(ChainVerification.brokenAt(changed, "hash-mismatch"));
        } finally {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
                for (AuditEntry original : originals) {
                    jdbc.sql("update audit.entry set actor = ?, previous_hash = ?, hash = ? where sequence_number = ?")
                            .params(original.actor(), original.previousHash(), original.hash(),
                                    original.sequenceNumber()).update();
                }
                jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
            });
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void sealMovedWithoutTheKey_isDetected() {
        trail.record(new AuditEvent(uniqueAction(), null, null, "system", null));
        ChainSeal seal = seals.find().orElseThrow();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit.chain_seal disable trigger chain_seal_append_only").update();
            jdbc.sql("update audit.chain_seal set keyed_from_sequence = keyed_from_sequence + 100000").update();
            jdbc.sql("alter table audit.chain_seal enable trigger chain_seal_append_only").update();
        });
        try {
            assertThat(verifier.verify().reason()).isEqualTo("seal-invalid");
        } finally {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("alter table audit.chain_seal disable trigger chain_seal_append_only").update();
                jdbc.sql("update audit.chain_seal set keyed_from_sequence = ?").param(seal.keyedFromSequence())
                        .update();
                jdbc.sql("alter table audit.chain_seal enable trigger chain_seal_append_only").update();
            });
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anchor_isWrittenOutsideTheDatabase_andCatchesEntriesRemovedFromTheEnd() throws Exception {
        trail.record(new AuditEvent(uniqueAction(), "case", "1", "admin", "anchored"));
        AuditAnchor anchor = anchoring.anchorNow().orElseThrow();

        assertThat(anchors.latest()).contains(anchor);
        assertThat(anchor.signedBy(key)).isTrue();
        assertThat(anchorDirectory).isDirectoryContaining(file -> file.getFileName().toString()
                .startsWith(String.format("anchor-%019d-", anchor.sequence())));
        ChainVerification verified = verifier.verify();
        assertThat(verified.intact()).isTrue();
        assertThat(verified.anchoredSequence()).isEqualTo(anchor.sequence());

        AuditEntry newest = entry(anchor.sequence());
        assertThat(newest.sequenceNumber()).isEqualTo(verified.entries());
        asSuperuserWithoutTriggers("delete from audit.entry where sequence_number = " + newest.sequenceNumber());
        try {
            assertThat(verifier.verify()).isEqualTo(ChainVerification.brokenAt(newest.sequenceNumber(),
                    "anchor-beyond-head"));
        } finally {
            restore(newest);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anchorFileForgedWithoutTheKey_isDetected() throws Exception {
        trail.record(new AuditEvent(uniqueAction(), null, null, "system", null));
        AuditEntry head = entry(jdbc.sql("select max(sequence_number) from audit.entry").query(Long.class).single());
        Path forged = anchorDirectory.resolve(String.format("anchor-%019d-%019d.json", head.sequenceNumber(),
                Long.MAX_VALUE));
        Files.createDirectories(anchorDirectory);
        Files.writeString(forged, "{\"sequence\":" + head.sequenceNumber() + ",\"headHash\":\"" + head.hash()
                + "\",\"anchoredAt\":\"2026-01-01T00:00:00Z\",\"mac\":\"" + "0".repeat(64) + "\"}");
        try {
            assertThat(verifier.verify()).isEqualTo(ChainVerification.brokenAt(head.sequenceNumber(),
                    "anchor-invalid"));
        } finally {
            Files.delete(forged);
        }
    }

    @Test
    void concurrentAppends_keepOneLinearChain() throws Exception {
        String action = uniqueAction();
        int threads = 4;
        int perThread = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> writer = () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        // each append in its own transaction, as separate requests would do
                        transactions.executeWithoutResult(status -> trail.record(
                                new AuditEvent(action, "thread", thread + "-" + n, "system", null)));
                    }
                    return null;
                };
                done.add(pool.submit(writer));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(entries(action)).hasSize(threads * perThread)
                .extracting(AuditEntry::subjectId).doesNotHaveDuplicates();
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void asSuperuserWithoutTriggers(String statement) {
        // the embedded database's user is a superuser; in production the application role would not be
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
            jdbc.sql(statement).update();
            jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
        });
    }

    private void restore(AuditEntry entry) {
        jdbc.sql("""
                insert into audit.entry (sequence_number, occurred_at, action, subject_type, subject_id, actor, details,
                                         previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.sequenceNumber(), Timestamp.from(entry.occurredAt()), entry.action(),
                        entry.subjectType(), entry.subjectId(), entry.actor(), entry.details(), entry.previousHash(),
                        entry.hash())
                .update();
    }

    private List<AuditEntry> entries(String action) {
        return jdbc.sql("select * from audit.entry where action = ? order by sequence_number").param(action)
                .query(AuditEntryRows.MAPPER).list();
    }

    private AuditEntry entry(long sequence) {
        return jdbc.sql("select * from audit.entry where sequence_number = ?").param(sequence)
                .query(AuditEntryRows.MAPPER).single();
    }

    private static String uniqueAction() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }
}
