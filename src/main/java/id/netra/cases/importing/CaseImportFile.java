// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.shared.SpreadsheetArchive;
import id.netra.shared.PolicyRejectedException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded import file on disk, read as a stream of rows so that a million-row CSV never sits in memory. CSV is
 * UTF-8 (a byte-order mark is fine), separated by commas or semicolons (detected from the header row). XLSX is read
 * from its first sheet after {@link SpreadsheetArchive} has checked and re-packed the archive; number cells in date
 * columns are Excel dates.
 */
final class CaseImportFile {

    /** A cell longer than this is cut (one character more, so that the length rule still refuses it). */
    static final int MAX_CELL = 1_000;

    enum Format { CSV, XLSX }

    private final Path path;
    private final Format format;

    private CaseImportFile(Path path, Format format) {
        this.path = path;
        this.format = format;
    }

    /** XLSX files are ZIP archives and start with {@code PK\3\4}; anything else is read as CSV text. */
    static CaseImportFile at(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            return new CaseImportFile(path, zip ? Format.XLSX : Format.CSV);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Format format() {
        return format;
    }

    /**
     * Checks what can be checked before the job starts: the spreadsheet archive (zip bomb gate) and the header row.
     *
     * @return the normalised header names
     * @throws PolicyRejectedException when the file cannot be read or lacks required columns
     */
    List<String> headers() {
        List<String> headers = new ArrayList<>();
        read(headers, row -> { }, true);
        if (headers.isEmpty()) {
            throw PolicyRejectedException.because("case.import.file.empty");
        }
        List<String> missing = CaseImportColumns.missing(headers);
        if (!missing.isEmpty()) {
            throw PolicyRejectedException.because("case.import.file.missing-columns", String.join(", ", missing));
        }
        return headers;
    }

    /**
     * Data rows in the file (records or spreadsheet rows after the header), for the progress bar. A CSV is counted
     * by a quick scan of its bytes (line ends outside quotes, blank lines skipped) rather than parsed twice.
     */
    int countRows() {
        if (format == Format.CSV) {
            try (InputStream in = Files.newInputStream(path)) {
                return Math.max(0, countCsvRecords(in) - 1);
            } catch (IOException e) {
                throw PolicyRejectedException.because("case.import.file.unreadable");
            }
        }
        int[] count = {0};
        read(new ArrayList<>(), row -> count[0]++, false);
        return count[0];
    }

    /** Non-blank records of a CSV stream, header included: line ends inside double quotes do not end a record. */
    static int countCsvRecords(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int records = 0;
        boolean quoted = false;
        boolean content = false;
        for (int read; (read = in.read(buffer)) > 0;) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '"') {
                    quoted = !quoted;
                    content = true;
                } else if (b == '\n' && !quoted) {
                    if (content) {
                        records++;
                    }
                    content = false;
                } else if (b != '\r' && b != ' ' && b != '\t') {
                    content = true;
                }
            }
        }
        return content ? records + 1 : records;
    }

    /** Calls {@code each} with every data row, in file order. */
    void forEachRow(Consumer<ImportRow> each) {
        read(new ArrayList<>(), each, false);
    }

    private void read(List<String> headers, Consumer<ImportRow> each, boolean headerOnly) {
        try {
            if (format == Format.XLSX) {
                xlsx(headers, each, headerOnly);
            } else {
                csv(headers, each, headerOnly);
            }
        } catch (PolicyRejectedException e) {
            throw e.messageKey().equals("problem.spreadsheet.unreadable")
                    ? PolicyRejectedException.because("case.import.file.unreadable") : e;
        } catch (IOException | RuntimeException e) {
            throw PolicyRejectedException.because("case.import.file.unreadable");
        }
    }

    private void csv(List<String> headers, Consumer<ImportRow> each, boolean headerOnly) throws IOException {
        char delimiter;
        try (BufferedReader first = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = first.readLine();
            line = line == null ? "" : line;
            delimiter = line.chars().filter(c -> c == ';').count() > line.chars().filter(c -> c == ',').count()
                    ? ';' : ',';
        }
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
                .get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, csv)) {
            for (CSVRecord record : parser) {
                if (headers.isEmpty()) {
                    record.forEach(name -> headers.add(CaseImportColumns.normalise(name)));
                    if (headerOnly) {
                        return;
                    }
                    continue;
                }
                Map<String, String> values = new HashMap<>(headers.size() * 2);
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    values.put(headers.get(i), cell(record.get(i)));
                }
                each.accept(new ImportRow((int) record.getRecordNumber(), values));
            }
        }
    }

    private void xlsx(List<String> headers, Consumer<ImportRow> each, boolean headerOnly) throws IOException {
        byte[] checked = SpreadsheetArchive.defuse(Files.readAllBytes(path));
        try (InputStream in = new ByteArrayInputStream(checked); ReadableWorkbook workbook = new ReadableWorkbook(in);
                var rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (headers.isEmpty()) {
                    for (int i = 0; i < row.getCellCount(); i++) {
                        headers.add(CaseImportColumns.normalise(row.getCellAsString(i).orElse("")));
                    }
                    if (headerOnly) {
                        return;
                    }
                    continue;
                }
                Map<String, String> values = new HashMap<>(headers.size() * 2);
                for (int i = 0; i < headers.size() && i < row.getCellCount(); i++) {
                    values.put(headers.get(i), xlsxCell(row.getOptionalCell(i).orElse(null), headers.get(i)));
                }
                if (values.values().stream().anyMatch(value -> value != null && !value.isEmpty())) {
                    each.accept(new ImportRow(row.getRowNum(), values));
                }
            }
        }
    }

    private static String xlsxCell(Cell cell, String column) {
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER && CaseImportColumns.DATES.contains(column)) {
            // Excel counts days from 1899-12-30 (its 1900 leap-year bug included)
            return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(cell.asNumber().doubleValue())).toString();
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return cell.asBoolean().toString();
        }
        return cell(cell.getText());
    }

    private static String cell(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_CELL ? trimmed.substring(0, MAX_CELL + 1) : trimmed;
    }
}
