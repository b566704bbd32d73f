// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.upload;

import id.netra.survey.responses.RowError;
import java.util.List;

/**
 * What an upload stored: respondents imported, rows refused (each row once, however many of its cells were wrong)
 * with the first {@value SurveyUploads#KEPT_ERRORS} reasons, the columns dropped because they identify a person and
 * those ignored as form metadata.
 */
public record ImportResult(int imported, int rejectedRows, List<RowError> errors, List<String> droppedIdentifierColumns,
        List<String> ignoredColumns) {

    public ImportResult {
        errors = List.copyOf(errors);
        droppedIdentifierColumns = List.copyOf(droppedIdentifierColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
