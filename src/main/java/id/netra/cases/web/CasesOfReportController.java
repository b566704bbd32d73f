// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CasesOfReport;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The list of cases a report opened, as a fragment that the intake module's report page loads with htmx. */
@Controller
class CasesOfReportController {

    private final CasesOfReport cases;

    CasesOfReportController(CasesOfReport cases) {
        this.cases = cases;
    }

    @GetMapping("/cases/of-report/{reportId}")
    String casesOf(@PathVariable UUID reportId, Model model) {
        model.addAttribute("opened", cases.of(reportId));
        return "cases/of-report :: opened";
    }
}
