// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.util.Map;

/**
 * One data row of an import file, by normalised column name, with its number as a spreadsheet shows it (the header
 * is row 1).
 */
record ImportRow(int number, Map<String, String> values) {

    /** The cell's text, or {@code null} when empty. */
    String get(String column) {
        String value = values.get(column);
        return value == null || value.isEmpty() ? null : value;
    }
}
