// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.handler;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.intake.ReportStatus;
import id.netra.intake.handling.ReportCsv;
import id.netra.intake.handling.ReportFilter;
import id.netra.intake.handling.ReportList;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.ReferenceKind;
import id.netra.reference.ReferenceMatch;
import id.netra.reference.ReferenceNames;
import id.netra.shared.TimeConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The handlers' list of reports, with filters, a search (case number, person's name or NIP, agency name), sorting,
 * paging and CSV and XLSX exports of the same selection. Every filter lives in the URL, so a list can be bookmarked.
 */
@Controller
class ReportListPage {

    private static final int PAGE_SIZE = 50;

    private final CurrentUserProvider users;
    private final ReportList list;
    private final ReportCsv csv;
    private final ElectionDirectory elections;
    private final ReferenceNames names;

    ReportListPage(CurrentUserProvider users, ReportList list, ReportCsv csv, ElectionDirectory elections,
            ReferenceNames names) {
        this.names = names;
        this.users = users;
        this.list = list;
        this.csv = csv;
        this.elections = elections;
    }

    @GetMapping("/intake/reports")
    String list(@RequestParam(required = false) String electionCode, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean ascending, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String q, Model model) {
        CurrentUser user = users.require();
        ReportFilter filter = new ReportFilter(electionCode, region(regionCode), status, ReportFilter.Sort.parse(sort),
                ascending, page, PAGE_SIZE, q);
        model.addAttribute("regionTyped", regionCode);
        ReportList.Page found = list.list(user, filter);
        model.addAttribute("page", found);
        long pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("pages", pages);
        model.addAttribute("filtered", electionCode != null && !electionCode.isBlank()
                || regionCode != null && !regionCode.isBlank() || status != null || filter.text() != null);
        model.addAttribute("csvHref", link("/intake/reports.csv", filter, regionCode, null));
        model.addAttribute("xlsxHref", link("/intake/reports.xlsx", filter, regionCode, null));
        model.addAttribute("previousHref", filter.page() > 0
                ? link("/intake/reports", filter, regionCode, filter.page() - 1) : null);
        model.addAttribute("nextHref", found.hasNext() ? link("/intake/reports", filter, regionCode, filter.page() + 1)
                : null);
        model.addAttribute("filter", filter);
        model.addAttribute("elections", elections.all());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("sorts", ReportFilter.Sort.values());
        model.addAttribute("zone", TimeConfiguration.WIB);
        return "intake/handler/report-list";
    }

    @GetMapping("/intake/reports.csv")
    void export(@RequestParam(required = false) String electionCode, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean ascending, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        csv.requireMayExport(user);
        ReportFilter filter = new ReportFilter(electionCode, region(regionCode), status, ReportFilter.Sort.parse(sort),
                ascending, 0, ReportFilter.MAX_PAGE_SIZE, q);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"laporan-netra.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        csv.write(user, filter, response.getWriter());
    }

    /** The same selection and columns as the CSV, as an XLSX sheet. */
    @GetMapping("/intake/reports.xlsx")
    void exportXlsx(@RequestParam(required = false) String electionCode,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean ascending,
            @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        csv.requireMayExport(user);
        ReportFilter filter = new ReportFilter(electionCode, region(regionCode), status, ReportFilter.Sort.parse(sort),
                ascending, 0, ReportFilter.MAX_PAGE_SIZE, q);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"laporan-netra.xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        csv.writeXlsx(user, filter, response.getOutputStream());
    }

    /** The list's own URL with only the filters in use, so that a link keeps the selection and nothing else. */
    private static String link(String path, ReportFilter filter, String regionTyped, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (filter.text() != null) {
            uri.queryParam("q", filter.text());
        }
        if (filter.electionCode() != null) {
            uri.queryParam("electionCode", filter.electionCode());
        }
        if (regionTyped != null && !regionTyped.isBlank()) {
            uri.queryParam("regionCode", regionTyped.strip());
        }
        if (filter.status() != null) {
            uri.queryParam("status", filter.status().name());
        }
        if (filter.sort() != ReportFilter.Sort.RECEIVED) {
            uri.queryParam("sort", filter.sort().name());
        }
        if (filter.ascending()) {
            uri.queryParam("ascending", "true");
        }
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** The region field takes a name ("Pandeglang") or a code; a name matching several regions stays as typed. */
    private String region(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<ReferenceMatch> matches = names.resolve(ReferenceKind.REGION, typed);
        return matches.size() == 1 ? matches.get(0).code() : typed.strip();
    }
}
