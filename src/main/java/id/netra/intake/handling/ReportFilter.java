// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.intake.ReportStatus;
import java.util.Locale;

/**
 * What a handler asks of the report list. Unknown sort keys fall back to the newest first, so a URL cannot inject
 * SQL through the sort.
 *
 * @param regionCode a province ({@code 36}) or regency ({@code 36.01}); a province covers its regencies
 * @param text what a handler typed in the search field: a case number the report opened, a reported person's name
 *     or NIP, or an agency's name; {@code null} for no search
 */
public record ReportFilter(String electionCode, String regionCode, ReportStatus status, Sort sort, boolean ascending,
        int page, int pageSize, String text) {

    public static final int MAX_PAGE_SIZE = 200;
    /** Longer searches are cut: no name, NIP or agency name is longer. */
    public static final int MAX_TEXT = 200;

    public ReportFilter {
        electionCode = blankToNull(electionCode);
        regionCode = blankToNull(regionCode);
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        sort = sort == null ? Sort.RECEIVED : sort;
        page = Math.max(page, 0);
        pageSize = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
    }

    public ReportFilter(String electionCode, String regionCode, ReportStatus status, Sort sort, boolean ascending,
            int page, int pageSize) {
        this(electionCode, regionCode, status, sort, ascending, page, pageSize, null);
    }

    /** The same selection on another page of the given size. */
    public ReportFilter page(int number, int size) {
        return new ReportFilter(electionCode, regionCode, status, sort, ascending, number, size, text);
    }

    public enum Sort {
        RECEIVED("r.created_at"), OCCURRED("r.occurred_on"), REGION("r.region_code"), STATUS("r.status");

        final String column;

        Sort(String column) {
            this.column = column;
        }

        public static Sort parse(String value) {
            try {
                return value == null ? RECEIVED : valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return RECEIVED;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
