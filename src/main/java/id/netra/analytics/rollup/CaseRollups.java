// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import id.netra.cases.CaseFacts;
import id.netra.cases.CaseFacts.CaseFact;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases between rollup cells in the transaction of their change: each changed case leaves the cell it was
 * counted in (the member table remembers which) and joins the cell of its new facts. A case that is not there any
 * more leaves its cell. Cells are locked in a fixed order, so concurrent changes wait for each other instead of
 * deadlocking.
 */
@Component
public class CaseRollups {

    /** Cube rows a statement: 17 parameters each, well under PostgreSQL's 65,535. */
    private static final int CUBE_BATCH = 1000;

    private final CaseFacts facts;
    private final RollupGrain grain;
    private final JdbcClient jdbc;

    public CaseRollups(CaseFacts facts, RollupGrain grain, JdbcClient jdbc) {
        this.facts = facts;
        this.grain = grain;
        this.jdbc = jdbc;
    }

    /** Recounts these cases where they now stand; joins the caller's transaction (the case change's). */
    @Transactional
    public void refresh(Collection<Long> caseIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, RollupKey> before = counted(ids);
        Map<Long, RollupKey> after = new HashMap<>();
        for (CaseFact fact : facts.of(ids)) {
            after.put(fact.caseId(), grain.keyOf(fact));
        }
        Map<RollupKey, Integer> deltas = new HashMap<>();
        List<Long> moved = new ArrayList<>();
        for (Long id : ids) {
            RollupKey old = before.get(id);
            RollupKey now = after.get(id);
            if (Objects.equals(old, now)) {
                continue;
            }
            moved.add(id);
            if (old != null) {
                deltas.merge(old, -1, Integer::sum);
            }
            if (now != null) {
                deltas.merge(now, 1, Integer::sum);
            }
        }
        List<Map.Entry<RollupKey, Integer>> cells = sorted(deltas, RollupKey::sortKey);
        Map<RollupKey, Long> cellIds = apply(cells);
        Map<List<Object>, Integer> cube = new HashMap<>();
        deltas.forEach((key, delta) -> RollupCube.spread(key, delta, cube));
        cube.values().removeIf(delta -> delta == 0);
        applyToCube(sorted(cube, RollupCube::sortKey));
        moved.sort(Comparator.naturalOrder());
        List<Long> gone = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        List<Long> memberCells = new ArrayList<>();
        for (Long id : moved) {
            RollupKey now = after.get(id);
            if (now == null) {
                gone.add(id);
            } else {
                members.add(id);
                memberCells.add(cellIds.get(now));
            }
        }
        if (!gone.isEmpty()) {
            jdbc.sql("delete from analytics.case_rollup_member where case_id = any(?)")
                    .param(gone.toArray(Long[]::new)).update();
        }
        if (!members.isEmpty()) {
            jdbc.sql("""
                    insert into analytics.case_rollup_member (case_id, rollup_id)
                    select * from unnest(?::bigint[], ?::bigint[])
                    on conflict (case_id) do update set rollup_id = excluded.rollup_id""")
                    .params(members.toArray(Long[]::new), memberCells.toArray(Long[]::new)).update();
        }
    }

    /**
     * Entries in a stable order, so that concurrent transactions lock rows in the same order and do not deadlock;
     * each entry's sort key is computed once (a comparator building it anew on every comparison cost most of an
     * import's CPU).
     */
    private static <K> List<Map.Entry<K, Integer>> sorted(Map<K, Integer> deltas, Function<K, String> sortKey) {
        List<Map.Entry<String, Map.Entry<K, Integer>>> keyed = new ArrayList<>(deltas.size());
        deltas.entrySet().forEach(entry -> keyed.add(Map.entry(sortKey.apply(entry.getKey()), entry)));
        keyed.sort(Map.Entry.comparingByKey());
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * Adds each delta (possibly 0 or negative) to its cell, creating the cells that are new, many cells a statement
     * in the given order (the order they are locked in); returns each cell's id.
     */
    private Map<RollupKey, Long> apply(List<Map.Entry<RollupKey, Integer>> cells) {
        Map<RollupKey, Long> ids = new HashMap<>(cells.size() * 2);
        int width = RollupKey.COLUMNS.split(",").length + 1;
        String placeholders = "(" + "?, ".repeat(width - 1) + "?)";
        for (int from = 0; from < cells.size(); from += CUBE_BATCH) {
            List<Map.Entry<RollupKey, Integer>> batch = cells.subList(from, Math.min(cells.size(), from + CUBE_BATCH));
            StringBuilder sql = new StringBuilder("insert into analytics.case_rollup (").append(RollupKey.COLUMNS)
                    .append(", cases) values ");
            List<Object> params = new ArrayList<>(batch.size() * width);
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(placeholders);
                for (Object value : batch.get(i).getKey().values()) {
                    params.add(value instanceof LocalDate day ? Date.valueOf(day) : value);
                }
                params.add(batch.get(i).getValue());
            }
            sql.append(" on conflict on constraint case_rollup_grain_uk")
                    .append(" do update set cases = analytics.case_rollup.cases + excluded.cases returning *");
            jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
                ids.put(keyOf(rs), rs.getLong("id"));
            });
        }
        return ids;
    }

    /**
     * Adds the deltas to the small rollups, many rows a statement (one round trip for a case change). Rows go in the
     * given order, which is also the order they are locked in.
     */
    private void applyToCube(List<Map.Entry<List<Object>, Integer>> rows) {
        for (int from = 0; from < rows.size(); from += CUBE_BATCH) {
            List<Map.Entry<List<Object>, Integer>> batch = rows.subList(from, Math.min(rows.size(), from + CUBE_BATCH));
            StringBuilder sql = new StringBuilder("insert into analytics.case_rollup_cube (grain, ")
                    .append(String.join(", ", RollupCube.COLUMNS)).append(", cases) values ");
            String placeholders = "(" + "?, ".repeat(RollupCube.COLUMNS.size() + 1) + "?)";
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(placeholders);
                batch.get(i).getKey().forEach(value -> params.add(RollupCube.param(value)));
                params.add(batch.get(i).getValue());
            }
            sql.append(" on conflict on constraint case_rollup_cube_uk")
                    .append(" do update set cases = analytics.case_rollup_cube.cases + excluded.cases");
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** The cells these cases are counted in now, locking their member rows. */
    private Map<Long, RollupKey> counted(List<Long> ids) {
        Map<Long, RollupKey> counted = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select m.case_id, r.* from analytics.case_rollup_member m"
                    + " join analytics.case_rollup r on r.id = m.rollup_id where m.case_id in (:ids)"
                    + " order by m.case_id for update of m")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((ResultSet rs) -> {
                        counted.put(rs.getLong("case_id"), keyOf(rs));
                    });
        }
        return counted;
    }

    static RollupKey keyOf(ResultSet rs) throws SQLException {
        return new RollupKey(rs.getString("election_code"), rs.getObject("week", LocalDate.class),
                rs.getString("phase"), rs.getString("province_code"), rs.getString("region_code"),
                rs.getString("agency_code"), rs.getString("category_code"), rs.getString("violation_code"),
                rs.getString("position_class"), (Boolean) rs.getObject("area_head"), rs.getString("employment_type"),
                rs.getInt("funnel"), rs.getString("sanction_level"), rs.getString("outcome"),
                (Integer) rs.getObject("decision_days"), rs.getBoolean("synthetic"));
    }
}
