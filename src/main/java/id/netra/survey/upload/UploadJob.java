// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.upload;

import id.netra.survey.responses.RowError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A response upload as it runs and as it ended, read back from the database: rows in the file, rows read and checked,
 * respondents written, and the outcome.
 *
 * @param failureCode message key of why the job stopped ({@code FAILED} or {@code INTERRUPTED}), with its arguments
 * @param errors      the first refused rows, in row order
 */
public record UploadJob(UUID id, long surveyId, String fileName, UploadStatus status, int totalRows,
        int processedRows, int storedRows, int imported, int rejectedRows, List<String> droppedColumns,
        List<String> ignoredColumns, String failureCode, List<Object> failureArgs, String createdBy,
        Instant createdAt, Instant finishedAt, List<RowError> errors) {

    public UploadJob {
        droppedColumns = List.copyOf(droppedColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        failureArgs = List.copyOf(failureArgs);
        errors = List.copyOf(errors);
    }

    public boolean running() {
        return status == UploadStatus.RUNNING;
    }

    public boolean done() {
        return status == UploadStatus.DONE;
    }

    /** Every row has been read and checked; the respondents are being written. */
    public boolean storing() {
        return running() && processedRows >= totalRows;
    }

    /**
     * Whole percent of the work done, for the progress bar: reading and writing each count for half; 100 only once the
     * job has ended, whatever its outcome.
     */
    public int percent() {
        if (!running()) {
            return 100;
        }
        if (totalRows == 0) {
            return 0;
        }
        return (int) Math.min(99, 100L * (processedRows + storedRows) / (2L * totalRows));
    }

    /** What a finished job stored; null while it runs or when it stopped. */
    public ImportResult result() {
        return done() ? new ImportResult(imported, rejectedRows, errors, droppedColumns, ignoredColumns) : null;
    }

    public Object[] failureArgArray() {
        return failureArgs.toArray();
    }
}
