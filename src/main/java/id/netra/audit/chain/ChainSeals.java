// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and, once, writes the {@link ChainSeal}. The seal is written under the chain's advisory lock, by the first
 * append after this version starts or at the latest when the application is ready, so every entry appended from
 * then on is keyed. A database from before keying gets its existing entries sealed as the unkeyed part.
 */
@Component
class ChainSeals {

    private final JdbcClient jdbc;
    private final AuditChainKey key;
    private final Clock clock;
    private volatile ChainSeal cached;

    ChainSeals(JdbcClient jdbc, AuditChainKey key, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sealOnStart() {
        JdbcAuditTrail.lockChain(jdbc);
        sealedUnderLock();
    }

    /** The seal, written now if there is none; the caller holds the chain's advisory lock. */
    ChainSeal sealedUnderLock() {
        ChainSeal seal = cached;
        if (seal != null) {
            return seal;
        }
        Optional<ChainSeal> stored = find();
        // only a committed seal is cached: one written now may still be rolled back with the caller's transaction
        stored.ifPresent(found -> cached = found);
        return stored.orElseGet(this::write);
    }

    Optional<ChainSeal> find() {
        return jdbc.sql("select keyed_from_sequence, legacy_head_hash, sealed_at, mac from audit.chain_seal "
                + "where id = 1").query((rs, row) -> new ChainSeal(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4))).optional();
    }

    private ChainSeal write() {
        JdbcAuditTrail.Head head = JdbcAuditTrail.head(jdbc);
        ChainSeal seal = ChainSeal.sign(key, head.sequence() + 1, head.hash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("insert into audit.chain_seal (id, keyed_from_sequence, legacy_head_hash, sealed_at, mac) "
                        + "values (1, ?, ?, ?, ?)")
                .params(seal.keyedFromSequence(), seal.legacyHeadHash(), Timestamp.from(seal.sealedAt()), seal.mac())
                .update();
        return seal;
    }
}
