// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.account.AccountView;
import id.netra.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The account list as UTF-8 CSV for spreadsheets: a byte-order mark so the encoding is recognised, and any cell that
 * a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return first)
 * prefixed with an apostrophe. Same approach as the reference and intake exports, whose helpers are module-internal.
 */
final class AccountCsv {

    static final List<String> HEADER = List.of("username", "display_name", "email", "role", "agency_code",
            "region_code", "status", "synthetic", "last_signed_in_at", "deactivated_at", "deactivated_by");

    private AccountCsv() {
    }

    static void write(OutputStream out, List<AccountView> accounts) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer,
                    CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
            for (AccountView a : accounts) {
                printer.printRecord(cell(a.username()), cell(a.displayName()), cell(a.email()),
                        a.role() == null ? "" : a.role().name(), cell(a.agencyCode()), cell(a.regionCode()),
                        a.active() ? "ACTIVE" : "DEACTIVATED", String.valueOf(a.synthetic()),
                        instant(a.lastSignedInAt()), instant(a.deactivatedAt()), cell(a.deactivatedBy()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Free text only: none of the columns holds numbers, so a leading minus is always defused. */
    static String cell(String text) {
        return text == null ? "" : SpreadsheetCells.defuse(text);
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }
}
