// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.handler;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.intake.ReportStatus;
import id.netra.intake.evidence.EvidenceInspector;
import id.netra.intake.handling.DuplicateDecisions;
import id.netra.intake.handling.HandledReports;
import id.netra.intake.reporter.IdentityDisclosure;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.TimeConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One report for a handler: persons, evidence with hashes, the thread, duplicates, and the actions allowed. */
@Controller
class ReportPage {

    static final String VIEW = "intake/handler/report";

    private final CurrentUserProvider users;
    private final HandledReports reports;
    private final IdentityDisclosure disclosure;
    private final DuplicateDecisions decisions;

    ReportPage(CurrentUserProvider users, HandledReports reports, IdentityDisclosure disclosure,
            DuplicateDecisions decisions) {
        this.users = users;
        this.reports = reports;
        this.disclosure = disclosure;
        this.decisions = decisions;
    }

    @GetMapping("/intake/reports/{reportId}")
    String show(@PathVariable UUID reportId, Model model) {
        return render(users.require(), reportId, model);
    }

    @PostMapping("/intake/reports/{reportId}/messages")
    String message(@PathVariable UUID reportId, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean internal, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = users.require();
        try {
            reports.postMessage(user, reportId, text, internal);
        } catch (PolicyRejectedException e) {
            if (!e.reasons().get(0).hasField()) {
                throw e; // not the message's fault: the page's error advice answers
            }
            model.addAttribute("messageError", e.reasons().get(0).messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(user, reportId, model);
        }
        redirect.addFlashAttribute("notice", internal ? "intake.handler.note-saved" : "intake.handler.message-sent");
        return "redirect:/intake/reports/" + reportId;
    }

    @PostMapping("/intake/reports/{reportId}/flags/{flagId}")
    String flag(@PathVariable UUID reportId, @PathVariable UUID flagId,
            @RequestParam DuplicateDecisions.Decision decision, RedirectAttributes redirect) {
        decisions.decide(users.require(), reportId, flagId, decision);
        redirect.addFlashAttribute("notice", "intake.duplicate.decided." + decision);
        return "redirect:/intake/reports/" + reportId;
    }

    @PostMapping("/intake/reports/{reportId}/status")
    String status(@PathVariable UUID reportId, @RequestParam ReportStatus status, RedirectAttributes redirect) {
        reports.moveStatus(users.require(), reportId, status);
        redirect.addFlashAttribute("notice", "intake.handler.status-changed");
        return "redirect:/intake/reports/" + reportId;
    }

    /** The identity is rendered into this response only: never into a redirect, a session or a log. */
    @PostMapping("/intake/reports/{reportId}/identity")
    String identity(@PathVariable UUID reportId, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response) {
        CurrentUser user = users.require();
        try {
            model.addAttribute("identity", disclosure.open(user, reportId, reason));
            response.setHeader("Cache-Control", "no-store");
        } catch (PolicyRejectedException e) {
            // the written reason is the officer's to fix (422); any other refusal is the access policy's (403)
            Decision.Reason why = e.rejection().first();
            model.addAttribute("identityError", why);
            response.setStatus(why.hasField() ? HttpStatus.UNPROCESSABLE_CONTENT.value() : HttpStatus.FORBIDDEN.value());
        }
        return render(user, reportId, model);
    }

    @PostMapping("/intake/reports/{reportId}/evidence")
    String evidence(@PathVariable UUID reportId, @RequestParam(name = "files", required = false)
            List<MultipartFile> files, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        try {
            reports.addEvidence(user, reportId, files == null ? List.of() : files.stream()
                    .filter(file -> !file.isEmpty())
                    .map(file -> new id.netra.intake.evidence.EvidenceCustody.NamedUpload(file.getOriginalFilename(),
                            file))
                    .toList());
        } catch (PolicyRejectedException e) {
            if (!EvidenceInspector.aboutFiles(e)) {
                throw e;
            }
            model.addAttribute("fileError", e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(user, reportId, model);
        }
        redirect.addFlashAttribute("notice", "intake.status.evidence-added");
        return "redirect:/intake/reports/" + reportId;
    }

    private String render(CurrentUser user, UUID reportId, Model model) {
        model.addAttribute("details", reports.details(user, reportId));
        model.addAttribute("zone", TimeConfiguration.WIB);
        return VIEW;
    }
}
