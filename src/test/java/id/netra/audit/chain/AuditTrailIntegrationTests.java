// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.audit.AuditEvent;
import id.netra.audit.AuditTrail;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on real PostgreSQL: appends link into one chain, the database refuses changes, a change made
 * behind its back is found at the right entry, and concurrent writers still produce a single line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

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
            assertThat(entry.hash()).isEqualTo(entry.expectedHash());
        }
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(mine.get(2).sequenceNumber());
    }

    @Test
    void entryTime_comesFromTheInjectedClock() {
        Instant fixed = Instant.parse("2024-11-27T03:15:30.123456789Z");
        AuditTrail fixedTrail = new JdbcAuditTrail(jdbc, Clock.fixed(fixed, ZoneOffset.UTC));
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
