// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of every table of every Netra schema, read in one statement. The table list comes from the catalogue,
 * so a new table is counted without anyone adding it. Left out: the audit schema and sign-in records (a refused
 * request is legitimately logged there), scheduler locks, and the framework's own tables in {@code public}.
 */
final class TableCounts {

    private static final Pattern LEGITIMATELY_WRITTEN = Pattern.compile("shedlock|sign_?in|login|attempt|throttl");

    private final JdbcClient jdbc;
    private final String query;

    TableCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                select table_schema || '.' || table_name from information_schema.tables
                 where table_type = 'BASE TABLE'
                   and table_schema not in ('pg_catalog', 'information_schema', 'public', 'audit')
                 order by 1""").query(String.class).list().stream()
                .filter(table -> !LEGITIMATELY_WRITTEN.matcher(table).find()).toList();
        this.query = String.join(" union all ", tables.stream()
                .map(table -> "select '" + table + "' as t, count(*) as n from " + table).toList());
    }

    Map<String, Long> now() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(query).query((rs, row) -> counts.put(rs.getString("t"), rs.getLong("n"))).list();
        return counts;
    }

    int tables() {
        return query.split(" union all ").length;
    }
}
