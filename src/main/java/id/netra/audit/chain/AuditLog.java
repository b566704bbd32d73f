// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail for people: newest first in pages, or everything in order for export. */
@Service
public class AuditLog {

    private static final String WHERE = """
             where (cast(:action as text) is null or action like cast(:action as text))
               and (cast(:actor as text) is null or actor = cast(:actor as text))
            """;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, newest first. Pages count from 0. */
    @Transactional(readOnly = true)
    public AuditPage page(AuditFilter filter, int page, int size) {
        long total = jdbc.sql("select count(*) from audit.entry" + WHERE)
                .param("action", filter.actionPattern()).param("actor", filter.actor())
                .query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql("select * from audit.entry" + WHERE
                        + " order by sequence_number desc limit :size offset :offset")
                .param("action", filter.actionPattern()).param("actor", filter.actor())
                .param("size", size).param("offset", (long) page * size)
                .query(AuditEntryRows.MAPPER).list();
        return new AuditPage(entries, page, size, total);
    }

    /** Every matching entry, oldest first, handed to {@code sink} one at a time. */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        try (Stream<AuditEntry> entries = jdbc.sql("select * from audit.entry" + WHERE + " order by sequence_number")
                .param("action", filter.actionPattern()).param("actor", filter.actor())
                .query(AuditEntryRows.MAPPER).stream()) {
            entries.forEach(sink);
        }
    }

    public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }
}
