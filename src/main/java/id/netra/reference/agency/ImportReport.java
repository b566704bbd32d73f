// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import java.util.List;

/**
 * What an agency CSV import found, row by row. Nothing is written unless every row is valid.
 *
 * @param fileErrors problems with the file as a whole (empty, unreadable, missing columns)
 * @param applied whether the rows were written (false for a dry run and for any file with errors)
 */
public record ImportReport(List<Message> fileErrors, List<RowResult> rows, boolean applied) {

    public ImportReport {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    /** A message key of the reference bundle with its arguments. */
    public record Message(String key, Object... args) {
    }

    public enum Action { NEW, CHANGED, UNCHANGED, INVALID }

    /** @param line the line in the file (the header is line 1) */
    public record RowResult(long line, String code, Action action, List<Message> errors) {

        public RowResult {
            errors = List.copyOf(errors);
        }
    }

    public boolean valid() {
        return fileErrors.isEmpty() && rows.stream().allMatch(row -> row.errors().isEmpty());
    }

    public long count(Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }
}
