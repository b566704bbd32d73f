// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.responses;

/** Why one row of an upload was not imported: its line (1 = first data row), the column and the reason. */
public record RowError(int row, String column, String message) {
}
