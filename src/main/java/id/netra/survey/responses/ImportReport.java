// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.responses;

import java.util.List;
import java.util.Map;

/**
 * The outcome of reading an upload: the respondents to store, the rows refused with their reasons, the columns
 * dropped because they identify a person, and the columns ignored as form metadata.
 */
public record ImportReport(List<Map<String, Object>> respondents, List<RowError> errors,
        List<String> droppedIdentifierColumns, List<String> ignoredColumns) {
}
