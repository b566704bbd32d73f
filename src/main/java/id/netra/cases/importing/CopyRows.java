// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, built in memory and sent in one go: the
 * fastest way to put many rows into a table, since the server parses each value once and runs no statement per
 * row. Values are given in the table's column order as their text form ({@code null} is SQL NULL); tabs, line breaks
 * and backslashes inside values are escaped.
 */
final class CopyRows {

    private final String table;
    private final List<String> columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;
    private int cell;

    CopyRows(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Starts a row; then {@link #add} every column in order. */
    CopyRows row() {
        if (rows > 0) {
            requireComplete();
            text.append('\n');
        }
        rows++;
        cell = 0;
        return this;
    }

    CopyRows add(Object value) {
        if (cell > 0) {
            text.append('\t');
        }
        cell++;
        if (value == null) {
            text.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    int size() {
        return rows;
    }

    /** The COPY statement these rows are sent with. */
    String statement() {
        return "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    }

    /** The rows as COPY reads them (for tests and for sending). */
    String text() {
        if (rows > 0) {
            requireComplete();
        }
        return rows == 0 ? "" : text + "\n";
    }

    /** Sends the rows on {@code connection} (in its current transaction); returns the rows the server took. */
    long send(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement(), new StringReader(text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireComplete() {
        if (cell != columns.size()) {
            throw new IllegalStateException(table + ": row " + rows + " has " + cell + " of " + columns.size()
                    + " values");
        }
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
