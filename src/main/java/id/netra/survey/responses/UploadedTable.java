// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.responses;

import id.netra.shared.PolicyRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** An uploaded CSV (comma or semicolon, as Kobo writes it) or XLSX sheet as a header and rows of text. */
public record UploadedTable(List<String> headers, List<List<String>> rows) {

    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    /** The compound-document header of the old binary formats (.xls, .doc). */
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    private static final int SNIFF = 8192;

    /**
     * Reads an XLSX workbook (its first sheet) or a CSV, told apart by their content rather than by their name. An old
     * binary Excel file, a PDF, an image or any other binary file is refused with a reason the uploader can act on.
     * CSV is read as UTF-8, or as Windows-1252 (what a spreadsheet saves as "CSV") when it is not valid UTF-8.
     */
    public static UploadedTable read(byte[] content) {
        if (content == null || content.length == 0) {
            throw PolicyRejectedException.because("survey.upload.empty");
        }
        if (startsWith(content, OLE2)) {
            throw PolicyRejectedException.because("survey.upload.legacy-excel");
        }
        try {
            if (startsWith(content, ZIP)) {
                return xlsx(new ByteArrayInputStream(content), null);
            }
            if (binary(content)) {
                throw PolicyRejectedException.because("survey.upload.not-a-table");
            }
            return csv(text(content));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PolicyRejectedException rule) {
                throw rule;
            }
            throw PolicyRejectedException.because("survey.upload.unreadable");
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte, or a PDF/image signature, near the start: text never has those. */
    private static boolean binary(byte[] content) {
        String head = new String(content, 0, Math.min(8, content.length), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF") || head.startsWith("\u0089PNG") || head.startsWith("GIF8")
                || head.startsWith("\u00ff\u00d8\u00ff")) {
            return true;
        }
        for (int i = 0; i < Math.min(SNIFF, content.length); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    static UploadedTable csv(String text) throws IOException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(text))) {
            List<String> headers = null;
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> values = record.stream().map(UploadedTable::clean).toList();
                if (headers == null) {
                    headers = values;
                } else {
                    rows.add(values);
                }
            }
            if (headers == null) {
                throw PolicyRejectedException.because("survey.upload.empty");
            }
            return new UploadedTable(headers, rows);
        }
    }

    /** The named sheet, or the first one when name is null. */
    public static UploadedTable xlsx(InputStream in, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = sheetName == null ? workbook.getFirstSheet()
                    : workbook.findSheet(sheetName).orElse(null);
            if (sheet == null) {
                throw PolicyRejectedException.because("survey.upload.sheet-missing", sheetName);
            }
            List<String> headers = null;
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    values.add(clean(row.getCellText(c)));
                }
                if (headers == null) {
                    headers = values;
                } else {
                    rows.add(values);
                }
            }
            if (headers == null) {
                throw PolicyRejectedException.because("survey.upload.empty");
            }
            return new UploadedTable(headers, rows);
        }
    }

    /** A cell as text without NUL characters, which PostgreSQL text cannot hold. */
    private static String clean(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
