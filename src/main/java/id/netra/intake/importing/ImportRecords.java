// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import id.netra.shared.PolicyRejectedException;
import id.netra.intake.importing.ImportFileReader.ImportRow;
import id.netra.intake.submission.ReportSubmission;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows into reports: rows sharing an {@code external_id} are one report naming several persons, its report
 * columns taken from the first of them. Each group becomes the same {@link ReportSubmission} the public API receives.
 */
final class ImportRecords {

    private ImportRecords() {
    }

    static List<ImportRecord> group(ImportFileReader.ParsedFile file) {
        List<String> missing = ImportColumns.REQUIRED.stream().filter(column -> !file.headers().contains(column))
                .toList();
        if (!missing.isEmpty()) {
            throw PolicyRejectedException.because("intake.import.missing-columns", String.join(", ", missing));
        }
        Map<String, List<ImportRow>> byExternalId = new LinkedHashMap<>();
        List<ImportRecord> records = new ArrayList<>();
        for (ImportRow row : file.rows()) {
            String externalId = row.get(ImportColumns.EXTERNAL_ID);
            if (externalId == null) {
                records.add(ImportRecord.withoutId(row));
            } else {
                byExternalId.computeIfAbsent(externalId, id -> new ArrayList<>()).add(row);
            }
        }
        byExternalId.forEach((externalId, rows) -> records.add(toRecord(externalId, rows)));
        records.sort(java.util.Comparator.comparingInt(ImportRecord::firstRow));
        return records;
    }

    private static ImportRecord toRecord(String externalId, List<ImportRow> rows) {
        ImportRow first = rows.get(0);
        List<ReportSubmission.Person> persons = rows.stream()
                .map(row -> new ReportSubmission.Person(row.get(ImportColumns.PERSON_NAME),
                        row.get(ImportColumns.PERSON_NIP), row.get(ImportColumns.AGENCY_CODE),
                        row.get(ImportColumns.AGENCY_NAME), row.get(ImportColumns.POSITION_CLASS),
                        row.get(ImportColumns.POSITION_TITLE)))
                .toList();
        String links = first.get(ImportColumns.EVIDENCE_LINKS);
        ReportSubmission submission = new ReportSubmission(first.get(ImportColumns.ELECTION),
                first.get(ImportColumns.REGION), persons, first.get(ImportColumns.VIOLATION),
                date(first.get(ImportColumns.OCCURRED_ON)), first.get(ImportColumns.PLACE),
                first.get(ImportColumns.DESCRIPTION),
                links == null ? List.of() : Arrays.stream(links.split("[\\s;]+")).filter(s -> !s.isBlank()).toList(),
                new ReportSubmission.Reporter("ANONYMOUS", null, null, null, null));
        boolean badDate = first.get(ImportColumns.OCCURRED_ON) != null && submission.occurredOn() == null;
        return new ImportRecord(externalId, rows.stream().map(ImportRow::number).toList(), submission, badDate);
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * One report of the file.
     *
     * @param rows the row numbers of its persons, in order (the first also holds the report columns)
     * @param unreadableDate the date column holds something that is not a date
     */
    record ImportRecord(String externalId, List<Integer> rows, ReportSubmission submission, boolean unreadableDate) {

        static ImportRecord withoutId(ImportRow row) {
            return new ImportRecord(null, List.of(row.number()), null, false);
        }

        int firstRow() {
            return rows.get(0);
        }

        /** The file row a problem of this field belongs to: a person's own row, else the first. */
        int rowOf(String field) {
            int person = ImportColumns.personIndex(field);
            return person >= 0 && person < rows.size() ? rows.get(person) : firstRow();
        }
    }
}
