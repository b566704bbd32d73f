// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.application.CaseQueues.Queue;
import java.util.Locale;

/**
 * How a work queue is ordered, parsed from the page's {@code sort} parameter ({@code column} or {@code column,desc}).
 * Only the listed columns are accepted; anything else gives the queue's default order, so request text never reaches
 * the SQL.
 */
public record QueueSort(Column column, boolean descending) {

    /** Sortable columns of the queue page, each mapped to a sort key of {@link CaseQueries#list}. */
    public enum Column {
        NUMBER("id"), DEADLINE("deadline"), UPDATED("updatedAt");

        private final String listKey;

        Column(String listKey) {
            this.listKey = listKey;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public QueueSort {
        if (column == null) {
            throw new IllegalArgumentException("column is required");
        }
    }

    /** The queue's own order: the newest changes first for "all", the nearest deadline first otherwise. */
    public static QueueSort defaultFor(Queue queue) {
        return queue == Queue.ALL ? new QueueSort(Column.UPDATED, true) : new QueueSort(Column.DEADLINE, false);
    }

    public static QueueSort parse(String value, Queue queue) {
        if (value == null || value.isBlank()) {
            return defaultFor(queue);
        }
        String[] parts = value.strip().toLowerCase(Locale.ROOT).split(",", -1);
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("desc") && !parts[1].equals("asc"))) {
            return defaultFor(queue);
        }
        for (Column column : Column.values()) {
            if (column.param().equals(parts[0])) {
                return new QueueSort(column, parts.length == 2 && parts[1].equals("desc"));
            }
        }
        return defaultFor(queue);
    }

    /** The value of the page's {@code sort} parameter that asks for this order. */
    public String param() {
        return column.param() + (descending ? ",desc" : "");
    }

    /** The order a column header links to: this column reversed when it is the current one, else ascending. */
    public QueueSort toggled(Column clicked) {
        return new QueueSort(clicked, clicked == column && !descending);
    }

    String listSort() {
        return column.listKey + (descending ? ",desc" : "");
    }
}
