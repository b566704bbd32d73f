// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

/**
 * Text bound for a CSV file that people open in a spreadsheet. A cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula (CSV injection), so it gets a leading apostrophe,
 * which spreadsheets show as plain text. Names and descriptions typed by the public end up in these exports.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text, defused when a spreadsheet would read it as a formula; {@code null} and empty stay as they are. */
    public static String defuse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
