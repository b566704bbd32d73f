// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.handler;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.PolicyRejectedException;
import id.netra.intake.importing.ImportSource;
import id.netra.intake.importing.ReportImports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload, dry run with every row's problems, and the job page whose progress bar htmx refreshes. */
@Controller
class ImportPages {

    static final String FORM = "intake/handler/import";
    static final String JOB = "intake/handler/import-job";

    private final CurrentUserProvider users;
    private final ReportImports imports;

    ImportPages(CurrentUserProvider users, ReportImports imports) {
        this.users = users;
        this.imports = imports;
    }

    @GetMapping("/intake/imports")
    String form(Model model) {
        users.require();
        model.addAttribute("sources", ImportSource.values());
        return FORM;
    }

    @PostMapping("/intake/imports")
    String upload(@RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        CurrentUser user = users.require();
        model.addAttribute("sources", ImportSource.values());
        ImportSource system = ImportSource.parse(source).orElse(null);
        if (system == null || file == null || file.isEmpty()) {
            model.addAttribute("errorKey", system == null ? "intake.import.source" : "intake.evidence.none");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return FORM;
        }
        try {
            if (dryRun) {
                model.addAttribute("dryRun", imports.dryRun(user, system, file.getBytes(),
                        LocaleContextHolder.getLocale()));
                model.addAttribute("source", system);
                return FORM;
            }
            UUID jobId = imports.start(user, system, file.getOriginalFilename(), file.getBytes(),
                    LocaleContextHolder.getLocale());
            return "redirect:/intake/imports/" + jobId;
        } catch (PolicyRejectedException e) {
            model.addAttribute("fileError", e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return FORM;
        }
    }

    @GetMapping("/intake/imports/{jobId}")
    String job(@PathVariable UUID jobId, Model model) {
        model.addAttribute("job", imports.job(users.require(), jobId));
        return JOB;
    }

    /** The progress fragment htmx polls every second while the job runs; once done it stops asking. */
    @GetMapping("/intake/imports/{jobId}/progress")
    String progress(@PathVariable UUID jobId, Model model) {
        model.addAttribute("job", imports.job(users.require(), jobId));
        return JOB + " :: progress";
    }
}
