// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads every version of {@code cases.deadline_policy}. The table is tiny; read it fresh so a new version applies at once. */
@Repository
public class DeadlinePolicyStore {

    private final JdbcClient jdbc;

    public DeadlinePolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeadlinePolicy> versions() {
        record Row(int version, LocalDate validFrom, DeadlineRule rule) {
        }
        List<Row> rows = jdbc.sql("""
                select version, valid_from, stage, amount, unit, source
                from cases.deadline_policy order by version, stage""")
                .query((rs, n) -> new Row(rs.getInt("version"), rs.getObject("valid_from", LocalDate.class),
                        new DeadlineRule(DeadlineStage.valueOf(rs.getString("stage")), rs.getInt("amount"),
                                DeadlineUnit.valueOf(rs.getString("unit")), rs.getString("source"))))
                .list();
        Map<Integer, List<Row>> byVersion = new TreeMap<>();
        rows.forEach(row -> byVersion.computeIfAbsent(row.version(), v -> new ArrayList<>()).add(row));
        return byVersion.values().stream()
                .map(group -> DeadlinePolicy.of(group.get(0).version(), group.get(0).validFrom(),
                        group.stream().map(Row::rule).toList()))
                .toList();
    }
}
