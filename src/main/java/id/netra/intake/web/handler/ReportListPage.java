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

/** The handlers' list of reports, with filters, sorting, paging and CSV export of the same selection. */
@Controller
class ReportListPage {

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
            Model model) {
        CurrentUser user = users.require();
        ReportFilter filter = new ReportFilter(electionCode, region(regionCode), status, ReportFilter.Sort.parse(sort),
                ascending, page, 50);
        model.addAttribute("regionTyped", regionCode);
        model.addAttribute("page", list.list(user, filter));
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
            @RequestParam(defaultValue = "false") boolean ascending, HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        csv.requireMayExport(user);
        ReportFilter filter = new ReportFilter(electionCode, region(regionCode), status, ReportFilter.Sort.parse(sort),
                ascending, 0, ReportFilter.MAX_PAGE_SIZE);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"laporan-netra.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        csv.write(user, filter, response.getWriter());
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
