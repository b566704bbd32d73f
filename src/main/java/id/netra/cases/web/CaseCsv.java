// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CaseSummary;
import id.netra.reference.ReferenceNames;
import id.netra.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes case summaries as CSV for spreadsheets: UTF-8 with a byte order mark so that Excel reads the names right,
 * and text cells defused so that a name typed as a formula stays text.
 */
final class CaseCsv {

    private static final List<String> HEADER_KEYS = List.of("case.queues.col.number", "case.queues.col.state",
            "case.queues.col.election-code", "case.queues.col.election", "case.queues.col.region-code",
            "case.queues.col.region", "case.queues.col.agency-code", "case.queues.col.agency", "case.queues.col.person",
            "case.queues.col.violation", "case.queues.col.deadline", "case.queues.col.days-left");

    private CaseCsv() {
    }

    /** @param text resolves a message key in the user's language */
    static void write(OutputStream out, List<CaseSummary> rows, UnaryOperator<String> text, ReferenceNames names)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(HEADER_KEYS.stream().map(text).toArray(String[]::new)).get());
        for (CaseSummary c : rows) {
            printer.printRecord(cell(c.number()), cell(text.apply("case.state." + c.state())),
                    cell(c.electionCode()), cell(names.election(c.electionCode())), cell(c.regionCode()),
                    cell(names.region(c.regionCode())), cell(c.agencyCode()), cell(names.agency(c.agencyCode())),
                    cell(c.personName()),
                    cell(c.violationCode()), c.deadline() == null ? "" : c.deadline().toString(),
                    c.daysLeft() == null ? "" : c.daysLeft().toString());
        }
        printer.flush();
    }

    /**
     * Text from people gets a leading apostrophe when a spreadsheet would read it as a formula. The two computed
     * columns (deadline and days left) are dates and numbers, so a negative day count stays a number.
     */
    static String cell(String text) {
        return text == null ? "" : SpreadsheetCells.defuse(text);
    }
}
