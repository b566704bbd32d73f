// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import id.netra.cases.CaseFacts;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts every case again from its facts and compares with the rollups: the proof that they agree, and the repair
 * when they drifted (a bug, a change made by hand in the database, a schedule changed after the fact). Locks the
 * rollup tables while it works, so case changes wait a few seconds rather than slip between count and repair.
 */
@Component
public class RollupRecount {

    private static final Logger log = LoggerFactory.getLogger(RollupRecount.class);

    /**
     * @param cases cases counted
     * @param cells non-empty cells the cases fill
     * @param driftedCells cells whose count was wrong, missing or left over (before a repair)
     * @param driftedMembers cases counted in the wrong cell, or not at all, or counted though gone
     * @param driftedCubeRows rows of the small rollups ({@link RollupCube}) whose count was wrong, missing or left over
     */
    public record Result(long cases, int cells, int driftedCells, int driftedMembers, int driftedCubeRows) {

        public boolean consistent() {
            return driftedCells == 0 && driftedMembers == 0 && driftedCubeRows == 0;
        }
    }

    private final CaseFacts facts;
    private final RollupGrain grain;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public RollupRecount(CaseFacts facts, RollupGrain grain, JdbcClient jdbc, DataSource dataSource) {
        this.facts = facts;
        this.grain = grain;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Compares without changing anything. */
    @Transactional
    public Result check() {
        jdbc.sql("lock table analytics.case_rollup, analytics.case_rollup_member, analytics.case_rollup_cube in share mode").update();
        return compare(false);
    }

    /** Compares and repairs every difference. */
    @Transactional
    public Result repair() {
        jdbc.sql("lock table analytics.case_rollup, analytics.case_rollup_member, analytics.case_rollup_cube"
                + " in exclusive mode").update();
        grain.forgetPhases();
        Result result = compare(true);
        if (!result.consistent()) {
            log.warn("Rollups had drifted and were repaired: {}", result);
        }
        return result;
    }

    private Result compare(boolean repair) {
        Map<RollupKey, Integer> expected = new HashMap<>();
        Map<RollupKey, RollupKey> interned = new HashMap<>();
        Map<Long, RollupKey> expectedMember = new HashMap<>();
        long[] cases = {0};
        facts.forEach(fact -> {
            // one instance per cell: many cases share a cell, and a million copies would not fit in memory
            RollupKey key = interned.computeIfAbsent(grain.keyOf(fact), k -> k);
            expected.merge(key, 1, Integer::sum);
            expectedMember.put(fact.caseId(), key);
            cases[0]++;
        });

        Map<RollupKey, Long> cellIds = new HashMap<>();
        Map<Long, RollupKey> keysById = new HashMap<>();
        Map<RollupKey, Integer> actual = new HashMap<>();
        jdbc.sql("select * from analytics.case_rollup").query((ResultSet rs) -> {
            RollupKey key = CaseRollups.keyOf(rs);
            cellIds.put(key, rs.getLong("id"));
            keysById.put(rs.getLong("id"), key);
            actual.put(key, rs.getInt("cases"));
        });

        List<RollupKey> wrongCells = new ArrayList<>();
        expected.forEach((key, count) -> {
            if (!count.equals(actual.get(key))) {
                wrongCells.add(key);
            }
        });
        List<RollupKey> leftOver = new ArrayList<>();
        actual.forEach((key, count) -> {
            if (!expected.containsKey(key)) {
                leftOver.add(key);
            }
        });
        int driftedCells = wrongCells.size() + (int) leftOver.stream().filter(key -> actual.get(key) != 0).count();

        Map<Long, Long> members = new HashMap<>();
        jdbc.sql("select case_id, rollup_id from analytics.case_rollup_member")
                .query((ResultSet rs) -> {
                    members.put(rs.getLong(1), rs.getLong(2));
                });
        List<Long> wrongMembers = new ArrayList<>();
        expectedMember.forEach((caseId, key) -> {
            Long cell = members.get(caseId);
            if (cell == null || !key.equals(keysById.get(cell))) {
                wrongMembers.add(caseId);
            }
        });
        Set<Long> goneMembers = new HashSet<>(members.keySet());
        goneMembers.removeAll(expectedMember.keySet());
        Map<List<Object>, Integer> expectedCube = new HashMap<>();
        expected.forEach((key, count) -> RollupCube.spread(key, count, expectedCube));
        int driftedCubeRows = driftedCubeRows(expectedCube);
        Result result = new Result(cases[0], expected.size(), driftedCells, wrongMembers.size() + goneMembers.size(),
                driftedCubeRows);
        if (repair) {
            repairCells(expected, actual, cellIds, wrongCells, leftOver);
            repairMembers(expectedMember, cellIds, wrongMembers, goneMembers);
            if (driftedCubeRows > 0) {
                rewriteCube(expectedCube);
            }
        }
        return result;
    }

    /** Rows of the small rollups that differ from the recount (zero rows left over are not drift). */
    private int driftedCubeRows(Map<List<Object>, Integer> expectedCube) {
        Map<List<Object>, Integer> actual = new HashMap<>();
        jdbc.sql("select * from analytics.case_rollup_cube").query((ResultSet rs) -> {
            Object[] row = new Object[RollupCube.COLUMNS.size() + 1];
            row[0] = rs.getInt("grain");
            for (int i = 0; i < RollupCube.COLUMNS.size(); i++) {
                String column = RollupCube.COLUMNS.get(i);
                row[i + 1] = column.equals("week") ? rs.getObject(column, LocalDate.class)
                        : column.equals("funnel") || column.equals("decision_days") ? (Integer) rs.getObject(column)
                        : rs.getObject(column);
            }
            actual.merge(Collections.unmodifiableList(Arrays.asList(row)), rs.getInt("cases"), Integer::sum);
        });
        int drifted = 0;
        for (var entry : expectedCube.entrySet()) {
            if (!entry.getValue().equals(actual.getOrDefault(entry.getKey(), 0))) {
                drifted++;
            }
        }
        for (var entry : actual.entrySet()) {
            if (!expectedCube.containsKey(entry.getKey()) && entry.getValue() != 0) {
                drifted++;
            }
        }
        return drifted;
    }

    /** The small rollups are a few thousand rows: written again whole rather than patched row by row. */
    private void rewriteCube(Map<List<Object>, Integer> expectedCube) {
        jdbc.sql("delete from analytics.case_rollup_cube").update();
        if (expectedCube.isEmpty()) {
            return;
        }
        copy("copy analytics.case_rollup_cube (grain, " + String.join(", ", RollupCube.COLUMNS) + ", cases)"
                + " from stdin", expectedCube.entrySet().stream()
                .filter(entry -> entry.getValue() != 0)
                .map(entry -> line(entry.getKey().toArray(), entry.getValue())).toList());
        // rewritten whole: fresh statistics at once, so the panels' reads plan an index scan of their grain rather
        // than wait for autovacuum (a stale or empty estimate plans a scan of every grain)
        jdbc.sql("analyze analytics.case_rollup_cube").update();
    }

    private void repairCells(Map<RollupKey, Integer> expected, Map<RollupKey, Integer> actual,
            Map<RollupKey, Long> cellIds, List<RollupKey> wrongCells, List<RollupKey> leftOver) {
        for (RollupKey key : leftOver) {
            jdbc.sql("delete from analytics.case_rollup where id = ?").param(cellIds.remove(key)).update();
        }
        List<RollupKey> missing = new ArrayList<>();
        for (RollupKey key : wrongCells) {
            if (actual.containsKey(key)) {
                jdbc.sql("update analytics.case_rollup set cases = ? where id = ?")
                        .params(expected.get(key), cellIds.get(key)).update();
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            copy("copy analytics.case_rollup (" + RollupKey.COLUMNS + ", cases) from stdin", missing.stream()
                    .map(key -> line(key.values(), expected.get(key))).toList());
            jdbc.sql("select * from analytics.case_rollup").query((ResultSet rs) -> {
                cellIds.put(CaseRollups.keyOf(rs), rs.getLong("id"));
            });
            jdbc.sql("analyze analytics.case_rollup").update();
        }
    }

    private void repairMembers(Map<Long, RollupKey> expectedMember, Map<RollupKey, Long> cellIds,
            List<Long> wrongMembers, Set<Long> goneMembers) {
        List<Long> stale = new ArrayList<>(goneMembers);
        stale.addAll(wrongMembers);
        for (int from = 0; from < stale.size(); from += 5000) {
            jdbc.sql("delete from analytics.case_rollup_member where case_id in (:ids)")
                    .param("ids", stale.subList(from, Math.min(stale.size(), from + 5000))).update();
        }
        if (!wrongMembers.isEmpty()) {
            copy("copy analytics.case_rollup_member (case_id, rollup_id) from stdin", wrongMembers.stream()
                    .map(caseId -> caseId + "\t" + cellIds.get(expectedMember.get(caseId))).toList());
        }
    }

    /** PostgreSQL COPY on the transaction's own connection: a million member rows in seconds. */
    private void copy(String sql, List<String> lines) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String text = String.join("\n", lines) + "\n";
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
        } catch (SQLException e) {
            throw new IllegalStateException("Copying rollup rows failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String line(Object[] values, int cases) {
        StringBuilder line = new StringBuilder();
        for (Object value : values) {
            line.append(value == null ? "\\N" : value instanceof LocalDate day ? Date.valueOf(day).toString()
                    : value.toString()).append('\t');
        }
        return line.append(cases).toString();
    }
}
