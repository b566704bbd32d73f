// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row counts of every intake table, to prove that a rejected request stored nothing half-way. */
public final class IntakeTables {

    private static final List<String> TABLES = List.of("report", "reported_person", "evidence_link", "receipt",
            "reporter_identity", "message", "evidence_file");

    private IntakeTables() {
    }

    public static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from intake." + table).query(Long.class).single());
        }
        return counts;
    }
}
