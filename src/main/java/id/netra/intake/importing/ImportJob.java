// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as it runs: reports in the file, processed so far, and how each ended (created, already imported earlier,
 * refused with row errors).
 *
 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
 */
public record ImportJob(UUID id, String sourceSystem, String fileName, String status, int totalRecords, int processed,
        int createdReports, int alreadyImported, int refused, String createdBy, Instant createdAt, Instant finishedAt,
        List<RowError> errors) {

    public ImportJob {
        errors = List.copyOf(errors);
    }

    ImportJob withErrors(List<RowError> rowErrors) {
        return new ImportJob(id, sourceSystem, fileName, status, totalRecords, processed, createdReports,
                alreadyImported, refused, createdBy, createdAt, finishedAt, rowErrors);
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** Whole percent done, for the progress bar. */
    public int percent() {
        return totalRecords == 0 ? 100 : (int) (100L * processed / totalRecords);
    }
}
