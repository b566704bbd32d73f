// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.util.Iterator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the whole chain in order, recomputing every hash; streams rows so the log's size does not matter. */
@Service
public class AuditChainVerifier {

    private final JdbcClient jdbc;

    AuditChainVerifier(DataSource dataSource) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1_000);
        this.jdbc = JdbcClient.create(streaming);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        try (Stream<AuditEntry> entries = jdbc.sql("select * from audit.entry order by sequence_number")
                .query(AuditEntryRows.MAPPER).stream()) {
            return verify(entries.iterator());
        }
    }

    static ChainVerification verify(Iterator<AuditEntry> entries) {
        long expectedSequence = 1;
        String previousHash = AuditHashing.GENESIS;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (entry.sequenceNumber() != expectedSequence) {
                return ChainVerification.brokenAt(expectedSequence, "missing-entry");
            }
            if (!entry.previousHash().equals(previousHash)) {
                return ChainVerification.brokenAt(entry.sequenceNumber(), "previous-hash-mismatch");
            }
            if (!entry.expectedHash().equals(entry.hash())) {
                return ChainVerification.brokenAt(entry.sequenceNumber(), "hash-mismatch");
            }
            previousHash = entry.hash();
            expectedSequence++;
        }
        return ChainVerification.intact(expectedSequence - 1, previousHash);
    }
}
