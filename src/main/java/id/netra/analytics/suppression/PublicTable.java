// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.suppression;

import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One published table: counts by one dimension with its total, every cell already through small-cell suppression.
 * Only this type reaches public pages and downloads, so a hidden count cannot be printed by mistake. A share is
 * given only for a shown cell of a shown total.
 */
public record PublicTable(StatsDimension dimension, SuppressedCount total, List<Row> rows) {

    /** Key of the row holding cases counted in the total but under no group of the dimension (e.g. no region yet). */
    public static final String UNRECORDED = "_unrecorded";

    public record Row(String key, String label, SuppressedCount count, Double share) {
    }

    /**
     * Suppresses a summary. {@code expected} lists groups that must appear even with zero (e.g. all 38 provinces), in
     * order, with their labels; other groups follow as the summary gives them. What the total holds beyond the
     * groups becomes the {@link #UNRECORDED} row, so that the rows always add up to the total.
     */
    public static PublicTable of(StatsDimension dimension, StatsSummary summary, Map<String, String> expected,
            String unrecordedLabel, SmallCellSuppression suppression) {
        Map<String, StatsSummary.Group> byKey = new LinkedHashMap<>();
        expected.forEach((key, label) -> byKey.put(key, new StatsSummary.Group(key, label, 0, 0)));
        long grouped = 0;
        for (StatsSummary.Group g : summary.groups()) {
            StatsSummary.Group before = byKey.get(g.key());
            String label = before != null && before.label() != null ? before.label() : g.label();
            byKey.put(g.key(), new StatsSummary.Group(g.key(), label, g.count(), g.share()));
            grouped += g.count();
        }
        List<StatsSummary.Group> groups = new ArrayList<>(byKey.values());
        long unrecorded = summary.total() - grouped;
        if (unrecorded > 0) {
            groups.add(new StatsSummary.Group(UNRECORDED, unrecordedLabel, unrecorded, 0));
        }
        long total = Math.max(summary.total(), grouped);
        long[] cells = groups.stream().mapToLong(StatsSummary.Group::count).toArray();
        List<SuppressedCount> protectedCells = suppression.protectOneWay(cells, total);
        SuppressedCount totalCell = protectedCells.get(cells.length);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            SuppressedCount cell = protectedCells.get(i);
            Double share = cell.isShown() && totalCell.isShown() && total > 0 ? (double) cell.value() / total : null;
            rows.add(new Row(groups.get(i).key(), groups.get(i).label(), cell, share));
        }
        return new PublicTable(dimension, totalCell, List.copyOf(rows));
    }
}
