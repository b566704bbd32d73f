// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.sql.Timestamp;
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
               and (cast(:actor as text) is null or actor ilike cast(:actor as text))
               and (cast(:subjectType as text) is null or subject_type = cast(:subjectType as text))
               and (cast(:subjectId as text) is null or subject_id = cast(:subjectId as text))
               and (cast(:from as timestamptz) is null or occurred_at >= cast(:from as timestamptz))
               and (cast(:until as timestamptz) is null or occurred_at < cast(:until as timestamptz))
            """;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, newest first. Pages count from 0. */
    @Transactional(readOnly = true)
    public AuditPage page(AuditFilter filter, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from audit.entry" + WHERE), filter)
                .query(Long.class).single();
        List<AuditEntry> entries = bind(jdbc.sql("select * from audit.entry" + WHERE
                        + " order by sequence_number desc limit :size offset :offset"), filter)
                .param("size", size).param("offset", (long) page * size)
                .query(AuditEntryRows.MAPPER).list();
        return new AuditPage(entries, page, size, total);
    }

    /** Every matching entry, oldest first, handed to {@code sink} one at a time. */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        try (Stream<AuditEntry> entries = bind(jdbc.sql("select * from audit.entry" + WHERE
                + " order by sequence_number"), filter).query(AuditEntryRows.MAPPER).stream()) {
            entries.forEach(sink);
        }
    }

    /** The actions on the trail, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit.entry order by 1").query(String.class).list();
    }

    /** Up to {@code limit} actors in alphabetical order, for the actor field's suggestions (read off the index). */
    @Transactional(readOnly = true)
    public List<String> actors(int limit) {
        return jdbc.sql("select distinct actor from audit.entry order by actor limit :limit")
                .param("limit", limit).query(String.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditFilter filter) {
        return statement.param("action", filter.actionPattern()).param("actor", filter.actorPattern())
                .param("subjectType", filter.subjectType()).param("subjectId", filter.subjectId())
                .param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .param("until", filter.until() == null ? null : Timestamp.from(filter.until()));
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
