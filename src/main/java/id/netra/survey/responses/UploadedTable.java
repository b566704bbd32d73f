// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.responses;

import id.netra.shared.PolicyRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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

    public static UploadedTable read(byte[] content) {
        if (content == null || content.length == 0) {
            throw PolicyRejectedException.because("survey.upload.empty");
        }
        try {
            if (content.length > 4 && content[0] == ZIP[0] && content[1] == ZIP[1] && content[2] == ZIP[2]
                    && content[3] == ZIP[3]) {
                return xlsx(new ByteArrayInputStream(content), null);
            }
            return csv(new String(content, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PolicyRejectedException rule) {
                throw rule;
            }
            throw PolicyRejectedException.because("survey.upload.unreadable");
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
                List<String> values = record.toList();
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
                    values.add(row.getCellText(c));
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
