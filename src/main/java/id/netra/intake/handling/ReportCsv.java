// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import static id.netra.shared.SpreadsheetCells.defuse;

import id.netra.identity.CurrentUser;
import id.netra.reference.ReferenceNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * The report list as CSV or XLSX for spreadsheets, page by page so that memory stays flat. Each election, region,
 * violation and agency comes as a code column and a name column. Cells that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) get a leading apostrophe: descriptions and names
 * come from the public.
 */
@Service
public class ReportCsv {

    static final String[] HEADER = {"report_id", "received_at", "channel", "election_code", "election_name",
        "region_code", "region_name", "violation_code", "violation_name", "occurred_on", "status", "reporter_mode",
        "merged_into", "persons", "agencies", "agency_names", "evidence_files", "open_duplicate_flags",
        "description"};

    private final ReportList list;
    private final ReferenceNames names;

    ReportCsv(ReportList list, ReferenceNames names) {
        this.list = list;
        this.names = names;
    }

    /** Refuses before the first byte, so a user who may not list reports never gets half a file. */
    public void requireMayExport(CurrentUser user) {
        list.requireMayList(user);
    }

    public void write(CurrentUser user, ReportFilter filter, Writer out) throws IOException {
        requireMayExport(user);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            forEachRow(user, filter, values -> csv.printRecord(values));
        }
    }

    /** The same selection and columns as {@link #write}, as one XLSX sheet. */
    public void writeXlsx(CurrentUser user, ReportFilter filter, OutputStream out) throws IOException {
        requireMayExport(user);
        Workbook workbook = new Workbook(out, "Netra", "1.0");
        Worksheet sheet = workbook.newWorksheet("Laporan");
        for (int column = 0; column < HEADER.length; column++) {
            sheet.value(0, column, HEADER[column]);
            sheet.style(0, column).bold().set();
        }
        int[] row = {1};
        forEachRow(user, filter, values -> {
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                if (value instanceof Number number) {
                    sheet.value(row[0], column, number);
                } else if (value != null) {
                    sheet.value(row[0], column, value.toString());
                }
            }
            row[0]++;
        });
        workbook.finish();
    }

    private interface RowSink {
        void accept(List<Object> values) throws IOException;
    }

    private void forEachRow(CurrentUser user, ReportFilter filter, RowSink sink) throws IOException {
        ReportFilter page = filter.page(0, ReportFilter.MAX_PAGE_SIZE);
        while (true) {
            ReportList.Page rows = list.list(user, page);
            for (ReportRow row : rows.rows()) {
                sink.accept(values(row));
            }
            if (!rows.hasNext()) {
                return;
            }
            page = page.page(page.page() + 1, page.pageSize());
        }
    }

    private List<Object> values(ReportRow row) {
        List<Object> values = new ArrayList<>();
        values.add(row.id().toString());
        values.add(row.receivedAt().toString());
        values.add(row.channel());
        values.add(row.electionCode());
        values.add(row.electionCode() == null ? null : names.election(row.electionCode()));
        values.add(row.regionCode());
        values.add(row.regionCode() == null ? null : names.region(row.regionCode()));
        values.add(row.violationCode());
        values.add(row.violationCode() == null ? null : defuse(names.violation(row.violationCode())));
        values.add(row.occurredOn() == null ? null : row.occurredOn().toString());
        values.add(row.status().name());
        values.add(row.reporterMode());
        values.add(row.mergedInto() == null ? null : row.mergedInto().toString());
        values.add(defuse(row.persons()));
        values.add(defuse(row.agencies()));
        values.add(defuse(agencyNames(row.agencies())));
        values.add(row.evidenceCount());
        values.add(row.openFlags());
        values.add(defuse(row.description()));
        return values;
    }

    /** The agencies column holds codes, or the name the reporter typed where no code was chosen. */
    private String agencyNames(String agencies) {
        if (agencies == null || agencies.isBlank()) {
            return agencies;
        }
        return Arrays.stream(agencies.split(", ")).map(names::agency).collect(Collectors.joining(", "));
    }
}
