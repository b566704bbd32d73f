// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import or dry run as it runs and as it ended: rows in the file, rows processed so far, and how they ended
 * (created, imported before from the same source, refused with their errors; a dry run only counts the rows that
 * would be created).
 *
 * @param status {@code RUNNING}, {@code DONE}, {@code FAILED} (the job itself stopped; {@code failure} says why) or
 *     {@code INTERRUPTED} (the application stopped while it ran; marked so at the next start, {@code failure} says
 *     how far it got)
 * @param errors the first refused rows, in row order (the page and the API show at most a thousand)
 */
public record CaseImportJob(UUID id, String source, String fileName, boolean dryRun, String status, int totalRows,
        int processed, int createdCases, int alreadyImported, int refused, String failure, String createdBy,
        Instant createdAt, Instant finishedAt, List<RowError> errors) {

    public CaseImportJob {
        errors = List.copyOf(errors);
    }

    /** One refused row: its number as the spreadsheet shows it, the column at fault and the reason. */
    public record RowError(int row, String externalId, String column, String message) {
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** Whole percent done, for the progress bar. */
    public int percent() {
        return totalRows == 0 ? (running() ? 0 : 100) : (int) (100L * processed / totalRows);
    }

    CaseImportJob withErrors(List<RowError> rowErrors) {
        return new CaseImportJob(id, source, fileName, dryRun, status, totalRows, processed, createdCases,
                alreadyImported, refused, failure, createdBy, createdAt, finishedAt, rowErrors);
    }
}
