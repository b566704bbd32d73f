// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import static id.netra.shared.SpreadsheetCells.defuse;

import id.netra.identity.CurrentUser;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/**
 * The report list as CSV for spreadsheets, page by page so that memory stays flat. Cells that a spreadsheet would
 * run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) get a leading apostrophe:
 * descriptions and names come from the public.
 */
@Service
public class ReportCsv {

    static final String[] HEADER = {"report_id", "received_at", "channel", "election_code", "region_code",
        "violation_code", "occurred_on", "status", "reporter_mode", "merged_into", "persons", "agencies",
        "evidence_files", "open_duplicate_flags", "description"};

    private final ReportList list;

    ReportCsv(ReportList list) {
        this.list = list;
    }

    /** Refuses before the first byte, so a user who may not list reports never gets half a file. */
    public void requireMayExport(CurrentUser user) {
        list.requireMayList(user);
    }

    public void write(CurrentUser user, ReportFilter filter, Writer out) throws IOException {
        requireMayExport(user);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            ReportFilter page = new ReportFilter(filter.electionCode(), filter.regionCode(), filter.status(),
                    filter.sort(), filter.ascending(), 0, ReportFilter.MAX_PAGE_SIZE);
            while (true) {
                ReportList.Page rows = list.list(user, page);
                for (ReportRow row : rows.rows()) {
                    csv.printRecord(row.id(), row.receivedAt(), row.channel(), row.electionCode(), row.regionCode(),
                            row.violationCode(), row.occurredOn(), row.status(), row.reporterMode(), row.mergedInto(),
                            defuse(row.persons()), defuse(row.agencies()), row.evidenceCount(), row.openFlags(),
                            defuse(row.description()));
                }
                if (!rows.hasNext()) {
                    return;
                }
                page = new ReportFilter(page.electionCode(), page.regionCode(), page.status(), page.sort(),
                        page.ascending(), page.page() + 1, page.pageSize());
            }
        }
    }

}
