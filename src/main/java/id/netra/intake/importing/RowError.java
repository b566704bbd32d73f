// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

/**
 * A refused row: where in the file (row number as the spreadsheet shows it, and column) and why.
 */
public record RowError(int row, String externalId, String column, String message) {
}
