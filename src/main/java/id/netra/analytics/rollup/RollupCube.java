// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The small rollups of {@code analytics.case_rollup_cube}: for every panel of the dashboard, the election with its
 * grouping column(s), once alone and once each with the position class, the province, and the province with
 * position class and category. A few hundred to a few thousand cells each, whatever the number of cases, because
 * none keeps the week, regency or agency together with another wide column. A query reads the smallest grain that has
 * every column it needs; filters the grains do not keep (agency, regency, dates, employment, area head) go to the
 * fine rollup.
 */
public final class RollupCube {

    /** The cube's columns in table order after {@code grain}; {@link RollupKey#values()} minus {@code synthetic}. */
    static final List<String> COLUMNS = List.of("election_code", "province_code", "position_class", "category_code",
            "week", "phase", "region_code", "agency_code", "violation_code", "area_head", "employment_type", "funnel",
            "sanction_level", "outcome", "decision_days");

    /** Where each cube column sits in {@link RollupKey#values()}. */
    private static final int[] KEY_INDEX = {0, 3, 8, 6, 1, 2, 4, 5, 7, 9, 10, 11, 12, 13, 14};

    /** What the panels group by; the regency and agency groupings keep the province so a province filter applies. */
    private static final List<Set<String>> PANELS = List.of(Set.of(), Set.of("category_code"),
            Set.of("position_class"), Set.of("province_code"), Set.of("phase"), Set.of("sanction_level"),
            Set.of("outcome"), Set.of("violation_code"), Set.of("funnel"), Set.of("funnel", "decision_days"),
            Set.of("week"), Set.of("province_code", "region_code"), Set.of("province_code", "agency_code"));

    /** The filters kept beside each panel's columns, from the fewest cells to the most. */
    private static final List<Set<String>> FILTERS = List.of(Set.of("election_code"),
            Set.of("election_code", "position_class"), Set.of("election_code", "province_code"),
            Set.of("election_code", "province_code", "position_class", "category_code"));

    /** One grain: its id in the table and the columns it keeps. */
    public record Grain(int id, Set<String> columns) {

        /** Whether the grain keeps each of {@link #COLUMNS}, in their order. */
        boolean[] keeps() {
            boolean[] keeps = new boolean[COLUMNS.size()];
            for (int i = 0; i < keeps.length; i++) {
                keeps[i] = columns.contains(COLUMNS.get(i));
            }
            return keeps;
        }
    }

    /** Every grain, smallest first (by filter, then panel); the ids follow this order. */
    public static final List<Grain> GRAINS = grains();

    /** {@link Grain#keeps()} of every grain, by position in {@link #GRAINS}: projecting runs a million times. */
    private static final boolean[][] KEEPS = GRAINS.stream().map(Grain::keeps).toArray(boolean[][]::new);

    private RollupCube() {
    }

    /** The smallest grain that keeps every one of these columns, or empty when only the fine rollup has them. */
    public static Optional<Grain> smallestWith(Set<String> columns) {
        return GRAINS.stream().filter(grain -> grain.columns().containsAll(columns)).findFirst();
    }

    /** The cube row of a fine cell at this grain: its grain id, then {@link #COLUMNS}, null where not kept. */
    static List<Object> project(RollupKey key, Grain grain) {
        return project(key.values(), grain.id(), grain.keeps());
    }

    private static List<Object> project(Object[] values, int grainId, boolean[] keeps) {
        Object[] row = new Object[COLUMNS.size() + 1];
        row[0] = grainId;
        for (int i = 0; i < keeps.length; i++) {
            row[i + 1] = keeps[i] ? values[KEY_INDEX[i]] : null;
        }
        return Collections.unmodifiableList(Arrays.asList(row));
    }

    /** Adds a fine cell's change to every grain's row it falls in. */
    static void spread(RollupKey key, int delta, Map<List<Object>, Integer> into) {
        Object[] values = key.values();
        for (int g = 0; g < GRAINS.size(); g++) {
            into.merge(project(values, GRAINS.get(g).id(), KEEPS[g]), delta, Integer::sum);
        }
    }

    /**
     * Every grain as an SQL row: its id, then whether it keeps each of {@link #COLUMNS}; the set-based update of
     * {@link CaseRollups} projects the changed cells with them, the same projection as {@link #spread}.
     */
    static String grainRows() {
        StringBuilder rows = new StringBuilder();
        for (int g = 0; g < GRAINS.size(); g++) {
            rows.append(g == 0 ? "(" : ", (").append(GRAINS.get(g).id());
            for (boolean keeps : KEEPS[g]) {
                rows.append(", ").append(keeps);
            }
            rows.append(')');
        }
        return rows.toString();
    }

    /** JDBC parameter of a cube value. */
    static Object param(Object value) {
        return value instanceof LocalDate day ? Date.valueOf(day) : value;
    }

    private static List<Grain> grains() {
        List<Grain> grains = new ArrayList<>();
        Set<Set<String>> seen = new LinkedHashSet<>();
        for (Set<String> filter : FILTERS) {
            for (Set<String> panel : PANELS) {
                if (filter.contains("category_code")
                        && (panel.contains("region_code") || panel.contains("agency_code"))) {
                    continue; // regency or agency by position and category is nearly one case a row: the fine rollup
                }
                Set<String> columns = new LinkedHashSet<>(filter);
                columns.addAll(panel);
                if (seen.add(columns)) {
                    grains.add(new Grain(grains.size() + 1, Set.copyOf(columns)));
                }
            }
        }
        return List.copyOf(grains);
    }
}
