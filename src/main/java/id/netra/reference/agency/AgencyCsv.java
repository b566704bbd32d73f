// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import id.netra.reference.agency.ImportReport.Message;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the agency import file: UTF-8 (with or without a byte-order mark), comma- or semicolon-separated (the header
 * line decides), one agency per line under a header naming the columns.
 */
final class AgencyCsv {

    static final List<String> REQUIRED = List.of("code", "name", "type");
    static final Set<String> KNOWN = Set.of("code", "name", "type", "abbreviation", "region_code", "ppk_title",
            "aliases", "note", "source", "source_version");
    static final int MAX_ROWS = 5_000;

    /** @param line the file line of each row, header = 1 */
    record Parsed(List<Message> fileErrors, List<Long> lines, List<Map<String, String>> rows) {
    }

    private AgencyCsv() {
    }

    static Parsed parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed("reference.import.not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed("reference.import.empty");
        }
        String headerLine = text.lines().findFirst().orElse("");
        char delimiter = headerLine.contains(";") && !headerLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<Message> errors = new ArrayList<>();
            REQUIRED.stream().filter(column -> !header.contains(column))
                    .forEach(column -> errors.add(new Message("reference.import.column.missing", column)));
            header.stream().filter(column -> !KNOWN.contains(column))
                    .forEach(column -> errors.add(new Message("reference.import.column.unknown", column)));
            if (!errors.isEmpty()) {
                return new Parsed(errors, List.of(), List.of());
            }
            List<Long> lines = new ArrayList<>();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    return failed("reference.import.too-many-rows", String.valueOf(MAX_ROWS));
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                lines.add(parser.getCurrentLineNumber());
                rows.add(row);
            }
            return rows.isEmpty() ? failed("reference.import.empty") : new Parsed(List.of(), lines, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed("reference.import.unreadable");
        }
    }

    private static Parsed failed(String key, Object... args) {
        return new Parsed(List.of(new Message(key, args)), List.of(), List.of());
    }
}
