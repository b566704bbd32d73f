// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.PolicyRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload (a dry run by default), recent imports, and the job page whose progress bar htmx refreshes
 * every second until the job ends, then shows the summary and the refused rows.
 */
@Controller
class CaseImportPageController {

    static final String FORM = "cases/import";
    static final String JOB = "cases/import-job";

    private final CurrentUserProvider users;
    private final CaseImports imports;

    CaseImportPageController(CurrentUserProvider users, CaseImports imports) {
        this.users = users;
        this.imports = imports;
    }

    @GetMapping("/cases/import")
    String form(Model model) {
        model.addAttribute("jobs", imports.recent(users.require()));
        return FORM;
    }

    @PostMapping("/cases/import")
    String upload(@RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        CurrentUser user = users.require();
        model.addAttribute("jobs", imports.recent(user));
        model.addAttribute("source", source);
        if (file == null || file.isEmpty()) {
            return refused(model, response, "case.import.file.empty", new Object[0]);
        }
        try {
            UUID jobId = imports.start(user, source, file.getOriginalFilename(),
                    ImportUploads.save(file.getInputStream()), dryRun);
            return "redirect:/cases/import/" + jobId;
        } catch (PolicyRejectedException e) {
            return refused(model, response, e.messageKey(), e.args());
        }
    }

    @GetMapping("/cases/import/{jobId}")
    String job(@PathVariable UUID jobId, Model model) {
        model.addAttribute("job", imports.job(users.require(), jobId));
        return JOB;
    }

    /** The fragment htmx polls every second while the job runs; once done it stops asking. */
    @GetMapping("/cases/import/{jobId}/progress")
    String progress(@PathVariable UUID jobId, Model model) {
        model.addAttribute("job", imports.job(users.require(), jobId));
        return JOB + " :: progress";
    }

    private static String refused(Model model, HttpServletResponse response, String key, Object[] args) {
        model.addAttribute("errorKey", key);
        model.addAttribute("errorArgs", args);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return FORM;
    }
}
