// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.compliance.ComplianceRow;
import id.netra.cases.compliance.ComplianceScorecard;
import id.netra.cases.compliance.ComplianceScorecard.GroupBy;
import id.netra.cases.compliance.ComplianceScorecard.SortBy;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/compliance?groupBy=agency|region&sort=compliance&dir=asc}: the PPK compliance scorecard. */
@RestController
class ComplianceApiController {

    private final ComplianceScorecard scorecard;

    ComplianceApiController(ComplianceScorecard scorecard) {
        this.scorecard = scorecard;
    }

    @GetMapping("/api/v1/compliance")
    List<ComplianceRow> compliance(@RequestParam(defaultValue = "agency") String groupBy,
            @RequestParam(defaultValue = "compliance") String sort, @RequestParam(defaultValue = "asc") String dir) {
        return scorecard.rows(groupBy(groupBy), sortBy(sort), "desc".equalsIgnoreCase(dir));
    }

    static GroupBy groupBy(String value) {
        return "region".equalsIgnoreCase(value) ? GroupBy.REGION : GroupBy.AGENCY;
    }

    static SortBy sortBy(String value) {
        try {
            return SortBy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return SortBy.COMPLIANCE;
        }
    }
}
