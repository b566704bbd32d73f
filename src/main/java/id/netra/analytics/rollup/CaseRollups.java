// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import id.netra.cases.CaseFacts;
import id.netra.cases.CaseFacts.CaseFact;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /** The SQL types of {@link RollupKey#COLUMNS}, in their order. */
    private static final List<String> CELL_TYPES = List.of("varchar", "date", "varchar", "varchar", "varchar",
            "varchar", "varchar", "varchar", "varchar", "boolean", "varchar", "smallint", "varchar", "varchar",
            "integer", "boolean");

    /** The changed cells with their deltas, from one array parameter a column. */
    private static final String DELTAS = "unnest(" + CELL_TYPES.stream().map(type -> "?::" + type + "[]")
            .collect(Collectors.joining(", ")) + ", ?::integer[]) as d(" + RollupKey.COLUMNS + ", cases)";

    private static final String CUBE_UPSERT = cubeUpsert();

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
        if (deltas.isEmpty()) {
            return;
        }
        List<RollupKey> keys = new ArrayList<>(deltas.keySet());
        Object[] arrays = arrays(keys, deltas);
        Map<RollupKey, Long> cellIds = applyToCells(arrays);
        applyToCube(arrays);
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
     * The changed cells as one array a column (text, cast in SQL), then the deltas: the cells and the small rollups
     * are then changed by two set-based statements however many cells moved (an import batch moves thousands).
     */
    private static Object[] arrays(List<RollupKey> keys, Map<RollupKey, Integer> deltas) {
        int width = CELL_TYPES.size();
        String[][] columns = new String[width][keys.size()];
        Integer[] counts = new Integer[keys.size()];
        for (int row = 0; row < keys.size(); row++) {
            Object[] values = keys.get(row).values();
            for (int column = 0; column < width; column++) {
                columns[column][row] = values[column] == null ? null : values[column].toString();
            }
            counts[row] = deltas.get(keys.get(row));
        }
        Object[] arrays = new Object[width + 1];
        System.arraycopy(columns, 0, arrays, 0, width);
        arrays[width] = counts;
        return arrays;
    }

    /**
     * Adds each delta (possibly 0 or negative) to its cell, creating the cells that are new, in one statement; rows
     * are upserted in the order of their columns, which is also the order they are locked in, so concurrent changes
     * wait for each other instead of deadlocking. Returns each cell's id.
     */
    private Map<RollupKey, Long> applyToCells(Object[] arrays) {
        Map<RollupKey, Long> ids = new HashMap<>();
        jdbc.sql("insert into analytics.case_rollup (" + RollupKey.COLUMNS + ", cases) select * from " + DELTAS
                + " order by " + RollupKey.COLUMNS + " on conflict on constraint case_rollup_grain_uk"
                + " do update set cases = analytics.case_rollup.cases + excluded.cases returning *")
                .params(arrays).query((ResultSet rs) -> {
                    ids.put(keyOf(rs), rs.getLong("id"));
                });
        return ids;
    }

    /**
     * Adds the deltas to the small rollups in one statement: every changed cell projected on every grain of
     * {@link RollupCube} (a cross join with the grains' kept columns), summed, and upserted in a fixed order (the
     * order rows are locked in).
     */
    private void applyToCube(Object[] arrays) {
        jdbc.sql(CUBE_UPSERT).params(arrays).update();
    }

    /** The cells these cases are counted in now, locking their member rows. */
    private Map<Long, RollupKey> counted(List<Long> ids) {
        Map<Long, RollupKey> counted = new HashMap<>();
        jdbc.sql("select m.case_id, r.* from analytics.case_rollup_member m"
                + " join analytics.case_rollup r on r.id = m.rollup_id where m.case_id = any(?)"
                + " order by m.case_id for update of m")
                .param(ids.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    counted.put(rs.getLong("case_id"), keyOf(rs));
                });
        return counted;
    }

    private static String cubeUpsert() {
        List<String> projected = new ArrayList<>();
        for (int i = 0; i < RollupCube.COLUMNS.size(); i++) {
            projected.add("case when g.k" + i + " then d." + RollupCube.COLUMNS.get(i) + " end");
        }
        String groups = IntStream.rangeClosed(1, RollupCube.COLUMNS.size() + 1).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        return "insert into analytics.case_rollup_cube (grain, " + String.join(", ", RollupCube.COLUMNS)
                + ", cases) select g.grain::smallint, " + String.join(", ", projected) + ", sum(d.cases)::integer"
                + " from " + DELTAS + " cross join (values " + RollupCube.grainRows() + ") as g(grain, "
                + IntStream.range(0, RollupCube.COLUMNS.size()).mapToObj(i -> "k" + i)
                        .collect(Collectors.joining(", ")) + ")"
                + " group by " + groups + " having sum(d.cases) <> 0 order by " + groups
                + " on conflict on constraint case_rollup_cube_uk"
                + " do update set cases = analytics.case_rollup_cube.cases + excluded.cases";
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
