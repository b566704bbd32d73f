// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The scorecard as CSV (UTF-8, comma-separated) and as an XLSX sheet, with column titles in the user's language. */
@Component
public class ComplianceExport {

    private static final List<String> COLUMNS = List.of("code", "name", "recommended", "sanctioned", "overdue",
            "blocked", "waiting", "median", "p90", "compliance", "lighter");

    private final MessageSource messages;

    ComplianceExport(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] csv(List<ComplianceRow> rows, Locale locale) {
        return csv(rows, ComplianceScorecard.GroupBy.AGENCY, locale);
    }

    /** The first two columns are the agency's (or region's) code and name, titled as such in both formats. */
    public byte[] csv(List<ComplianceRow> rows, ComplianceScorecard.GroupBy groupBy, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(headers(groupBy, locale).toArray(String[]::new)).get())) {
            for (ComplianceRow row : rows) {
                printer.printRecord(values(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx(List<ComplianceRow> rows, Locale locale) {
        return xlsx(rows, ComplianceScorecard.GroupBy.AGENCY, locale);
    }

    public byte[] xlsx(List<ComplianceRow> rows, ComplianceScorecard.GroupBy groupBy, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Netra", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("case.compliance.sheet", null, locale));
            List<String> headers = headers(groupBy, locale);
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = values(rows.get(r));
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, column, number);
                    } else if (value != null) {
                        sheet.value(r + 1, column, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> headers(ComplianceScorecard.GroupBy groupBy, Locale locale) {
        return COLUMNS.stream().map(c -> c.equals("code") || c.equals("name")
                ? messages.getMessage("case.compliance.col." + c + "." + groupBy.name(), null, c, locale)
                : messages.getMessage("case.compliance.col." + c, null, c, locale)).toList();
    }

    private static List<Object> values(ComplianceRow row) {
        List<Object> values = new ArrayList<>();
        values.add(row.code());
        values.add(row.name());
        values.add(row.recommended());
        values.add(row.sanctioned());
        values.add(row.overdue());
        values.add(row.blocked());
        values.add(row.waiting());
        values.add(row.medianWorkingDaysToAct());
        values.add(row.p90WorkingDaysToAct());
        values.add(row.complianceRate() == null ? null : Math.round(row.complianceRate() * 1000) / 1000.0);
        values.add(row.lighterThanMapped());
        return values;
    }
}
