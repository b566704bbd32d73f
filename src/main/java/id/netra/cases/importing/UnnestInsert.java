// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A multi-row INSERT that sends each column as one array and lets PostgreSQL {@code unnest} them: thousands of rows
 * in one statement and one round trip, with a fixed number of parameters (one per column), so that it can also use
 * {@code ON CONFLICT} and {@code RETURNING}, which {@code COPY} cannot. Values travel as text and are cast to the
 * column's type by the server.
 */
final class UnnestInsert {

    private final String table;
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private int rows;

    UnnestInsert(String table) {
        this.table = table;
    }

    /** Declares a column and its SQL type, in insert order. */
    UnnestInsert column(String name, String type) {
        types.put(name, type);
        values.put(name, new ArrayList<>());
        return this;
    }

    /** Starts a row; then {@link #set} each column (unset columns are null). */
    UnnestInsert row() {
        rows++;
        values.values().forEach(column -> column.add(null));
        return this;
    }

    UnnestInsert set(String column, Object value) {
        List<String> cells = values.get(column);
        cells.set(cells.size() - 1, value == null ? null : value.toString());
        return this;
    }

    int size() {
        return rows;
    }

    /** The statement; {@code tail} follows the SELECT (an ON CONFLICT or RETURNING clause, or nothing). */
    String sql(String tail) {
        String columns = String.join(", ", types.keySet());
        String arrays = types.values().stream().map(type -> "?::text[]").collect(Collectors.joining(", "));
        String casts = types.entrySet().stream().map(e -> "u." + e.getKey() + "::" + e.getValue())
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + columns + ") select " + casts + " from unnest(" + arrays + ") as u("
                + columns + ") " + tail;
    }

    PreparedStatement prepare(Connection connection, String tail) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql(tail));
        int index = 1;
        for (List<String> column : values.values()) {
            Array array = connection.createArrayOf("text", column.toArray(String[]::new));
            statement.setArray(index++, array);
        }
        return statement;
    }
}
