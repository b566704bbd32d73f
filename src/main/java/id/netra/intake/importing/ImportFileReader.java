// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import id.netra.shared.SpreadsheetArchive;
import id.netra.shared.PolicyRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an import file into rows of {column: text}, keyed by normalised header. CSV may be separated by commas or
 * semicolons (spreadsheets set to Indonesian write semicolons) and may start with a UTF-8 byte-order mark. XLSX is
 * read from its first sheet, row by row, after {@link SpreadsheetArchive} has checked and defused the archive; date
 * cells become {@code yyyy-mm-dd}.
 */
final class ImportFileReader {

    static final int MAX_ROWS = 20_000;
    static final int MAX_CELL = 10_000;

    enum Format { CSV, XLSX }

    private ImportFileReader() {
    }

    /** XLSX files are ZIP archives and start with {@code PK}; anything else is read as CSV text. */
    static Format detect(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                ? Format.XLSX : Format.CSV;
    }

    static ParsedFile read(byte[] content) {
        try {
            return detect(content) == Format.XLSX ? xlsx(content) : csv(content);
        } catch (PolicyRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PolicyRejectedException.because("intake.import.unreadable");
        }
    }

    private static ParsedFile csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = parser.getHeaderNames().stream().map(ImportColumns::normalise).toList();
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                limit(rows);
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    values.put(headers.get(i), cell(record.get(i)));
                }
                rows.add(new ImportRow((int) record.getRecordNumber() + 1, values));
            }
            return new ParsedFile(headers, rows);
        }
    }

    private static ParsedFile xlsx(byte[] content) throws IOException {
        byte[] checked;
        try {
            checked = SpreadsheetArchive.defuse(content);
        } catch (PolicyRejectedException e) {
            throw e.messageKey().equals("problem.spreadsheet.unreadable")
                    ? PolicyRejectedException.because("intake.import.unreadable") : e;
        }
        try (InputStream in = new ByteArrayInputStream(checked); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> headers = null;
            List<ImportRow> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (headers == null) {
                        headers = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            headers.add(ImportColumns.normalise(row.getCellAsString(i).orElse("")));
                        }
                        continue;
                    }
                    limit(rows);
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < headers.size() && i < row.getCellCount(); i++) {
                        values.put(headers.get(i), xlsxCell(row.getOptionalCell(i).orElse(null), headers.get(i)));
                    }
                    if (values.values().stream().anyMatch(value -> value != null && !value.isEmpty())) {
                        rows.add(new ImportRow(row.getRowNum(), values));
                    }
                }
            }
            return new ParsedFile(headers == null ? List.of() : headers, rows);
        }
    }

    private static String xlsxCell(Cell cell, String column) {
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER && column.equals(ImportColumns.OCCURRED_ON)) {
            return excelDate(cell.asNumber().doubleValue());
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell(cell.getText());
    }

    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
    static String excelDate(double serial) {
        return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial)).toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_CELL ? trimmed.substring(0, MAX_CELL + 1) : trimmed;
    }

    private static void limit(List<ImportRow> rows) {
        if (rows.size() >= MAX_ROWS) {
            throw PolicyRejectedException.because("intake.import.too-many-rows", MAX_ROWS);
        }
    }

    /** One data row with its line (CSV) or row (XLSX) number as a spreadsheet shows it. */
    record ImportRow(int number, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? null : value;
        }
    }

    record ParsedFile(List<String> headers, List<ImportRow> rows) {
    }
}
