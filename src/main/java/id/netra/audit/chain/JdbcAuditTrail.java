// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import id.netra.shared.AuditEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Appends in the caller's transaction, so an entry exists exactly when the change it records was committed. A
 * transaction-scoped advisory lock serialises appends: each one reads the head of the chain and links to it, and the
 * lock is held until commit, so the next append sees this row. Callers with long transactions therefore delay other
 * writers' audit entries; keep auditing near the end of a unit of work. Every new entry carries the keyed hash
 * (HMAC under the {@link AuditChainKey}); see {@link ChainSeal}.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    /** Arbitrary but fixed key of the advisory lock that guards the head of the chain. */
    static final long CHAIN_LOCK = 0x4E45_5452_4141_0001L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditChainKey key;
    private final ChainSeals seals;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, AuditChainKey key, ChainSeals seals) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
        this.seals = seals;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        Assert.hasText(event.action(), "an audit event needs an action");
        Assert.hasText(event.actor(), "an audit event needs an actor");
        lockChain(jdbc);
        seals.sealedUnderLock();
        Head head = head(jdbc);
        long sequence = head.sequence() + 1;
        // PostgreSQL keeps microseconds; hashing the stored precision keeps the hash reproducible from the row
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(sequence, at, clean(event.action()), clean(event.subjectType()),
                clean(event.subjectId()), clean(event.actor()), clean(event.details()), head.hash(), null);
        jdbc.sql("""
                insert into audit.entry (sequence_number, occurred_at, action, subject_type, subject_id, actor,
                                         details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sequence, Timestamp.from(at), entry.action(), entry.subjectType(), entry.subjectId(),
                        entry.actor(), entry.details(), head.hash(), entry.keyedHash(key))
                .update();
    }

    /** Takes the chain's advisory lock until the end of the current transaction. */
    static void lockChain(JdbcClient jdbc) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) as locked").param(CHAIN_LOCK).query(Integer.class)
                .single();
    }

    /** The newest entry's number and hash, or 0 and the genesis hash for an empty chain. */
    static Head head(JdbcClient jdbc) {
        return jdbc.sql("select sequence_number, hash from audit.entry order by sequence_number desc limit 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(0, AuditHashing.GENESIS));
    }

    /** PostgreSQL text cannot hold NUL; replacing it keeps a stray byte from losing the entry. */
    private static String clean(String value) {
        return value == null ? null : value.replace('\u0000', '\uFFFD');
    }

    record Head(long sequence, String hash) {
    }
}
