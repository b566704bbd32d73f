// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issues receipts for reports and finds the report a receipt belongs to. */
@Repository
public class ReceiptStore {

    private final JdbcClient jdbc;
    private final ReceiptCodec codec;
    private final ReceiptGenerator generator;
    private final Clock clock;

    ReceiptStore(JdbcClient jdbc, ReceiptCodec codec, ReceiptGenerator generator, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.generator = generator;
        this.clock = clock;
    }

    /** Draws a receipt and computes its tag and slow hash; CPU work only, no database. */
    public PreparedReceipt prepare() {
        return prepare(generator.next());
    }

    /** A given receipt with its tag and hash; only the synthetic demo data chooses its receipts. */
    public PreparedReceipt prepare(Receipt receipt) {
        return new PreparedReceipt(receipt, codec.tag(receipt), codec.currentKeyId(), codec.slowHash(receipt));
    }

    /** Stores the receipt's tag and hash for the report, in the caller's transaction. */
    public void save(UUID reportId, PreparedReceipt prepared) {
        jdbc.sql("""
                insert into intake.receipt (report_id, lookup_tag, tag_key_id, hash, created_at)
                values (:reportId, :tag, :keyId, :hash, :createdAt)""")
                .param("reportId", reportId)
                .param("tag", prepared.tag())
                .param("keyId", prepared.tagKeyId())
                .param("hash", prepared.hash())
                .param("createdAt", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The report this receipt opens, if any. */
    public Optional<UUID> reportFor(Receipt receipt) {
        List<String> tags = List.copyOf(codec.tagsUnderEveryKey(receipt).values());
        return jdbc.sql("select report_id, hash from intake.receipt where lookup_tag in (:tags)")
                .param("tags", tags)
                .query((rs, row) -> new Row(rs.getObject("report_id", UUID.class), rs.getString("hash")))
                .list().stream()
                .filter(found -> codec.matches(receipt, found.hash()))
                .map(Row::reportId)
                .findFirst();
    }

    private record Row(UUID reportId, String hash) {
    }
}
