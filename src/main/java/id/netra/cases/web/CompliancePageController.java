// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.compliance.ComplianceExport;
import id.netra.cases.compliance.ComplianceRow;
import id.netra.cases.compliance.ComplianceScorecard;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sortable PPK compliance scorecard page and its CSV and XLSX downloads (same scope, same order). */
@Controller
class CompliancePageController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ComplianceScorecard scorecard;
    private final ComplianceExport export;

    CompliancePageController(ComplianceScorecard scorecard, ComplianceExport export) {
        this.scorecard = scorecard;
        this.export = export;
    }

    @GetMapping("/cases/compliance")
    String page(@RequestParam(defaultValue = "agency") String groupBy,
            @RequestParam(defaultValue = "compliance") String sort, @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        model.addAttribute("rows", rows(groupBy, sort, dir));
        model.addAttribute("groupBy", ComplianceApiController.groupBy(groupBy).name().toLowerCase(Locale.ROOT));
        model.addAttribute("sort", ComplianceApiController.sortBy(sort).name().toLowerCase(Locale.ROOT));
        model.addAttribute("dir", "desc".equalsIgnoreCase(dir) ? "desc" : "asc");
        return "cases/compliance";
    }

    @GetMapping("/cases/compliance.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "agency") String groupBy,
            @RequestParam(defaultValue = "compliance") String sort, @RequestParam(defaultValue = "asc") String dir,
            Locale locale) {
        return download(export.csv(rows(groupBy, sort, dir), ComplianceApiController.groupBy(groupBy), locale), new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8), "kepatuhan-ppk.csv");
    }

    @GetMapping("/cases/compliance.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "agency") String groupBy,
            @RequestParam(defaultValue = "compliance") String sort, @RequestParam(defaultValue = "asc") String dir,
            Locale locale) {
        return download(export.xlsx(rows(groupBy, sort, dir), ComplianceApiController.groupBy(groupBy),
                locale), XLSX, "kepatuhan-ppk.xlsx");
    }

    private List<ComplianceRow> rows(String groupBy, String sort, String dir) {
        return scorecard.rows(ComplianceApiController.groupBy(groupBy), ComplianceApiController.sortBy(sort),
                "desc".equalsIgnoreCase(dir));
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(content);
    }
}
