// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import id.netra.reference.agency.AgencyImport;
import id.netra.reference.agency.ImportReport;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Adding or updating agencies from a CSV file, with a dry run that lists every row's errors. */
@Controller
@RequestMapping("/admin/reference/agencies/import")
@PreAuthorize("hasRole('ADMIN')")
class AgencyImportController {

    private static final String VIEW = "reference/admin/agency-import";
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final AgencyImport agencyImport;

    AgencyImportController(AgencyImport agencyImport) {
        this.agencyImport = agencyImport;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("dryRun", true);
        return VIEW;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Principal principal, Model model)
            throws IOException {
        model.addAttribute("dryRun", dryRun);
        ImportReport report;
        if (file == null || file.isEmpty()) {
            report = fileError("reference.import.empty");
        } else if (file.getSize() > MAX_BYTES) {
            report = fileError("reference.import.too-large");
        } else if (dryRun) {
            report = agencyImport.dryRun(file.getBytes(), file.getOriginalFilename());
        } else {
            report = agencyImport.apply(file.getBytes(), file.getOriginalFilename(), principal.getName());
        }
        model.addAttribute("report", report);
        return VIEW;
    }

    private static ImportReport fileError(String key) {
        return new ImportReport(List.of(new ImportReport.Message(key)), List.of(), false);
    }
}
