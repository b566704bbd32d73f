// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.handler;

import id.netra.identity.CurrentUserProvider;
import id.netra.intake.handling.BawasluFindings;
import id.netra.intake.submission.ReportSubmission;
import id.netra.intake.web.form.ReportForm;
import id.netra.intake.web.form.ReportForms;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** A Bawaslu officer's finding (temuan), entered on the report form without the reporter section. */
@Controller
class FindingPage {

    private final CurrentUserProvider users;
    private final BawasluFindings findings;
    private final ReportForms forms;

    FindingPage(CurrentUserProvider users, BawasluFindings findings, ReportForms forms) {
        this.users = users;
        this.findings = findings;
        this.forms = forms;
    }

    @InitBinder("report")
    void limitRows(WebDataBinder binder) {
        forms.restrict(binder);
    }

    @GetMapping("/intake/temuan/baru")
    String form(Model model) {
        users.require();
        return forms.showFinding(new ReportForm(), model);
    }

    @PostMapping("/intake/temuan/orang/tambah")
    String addPerson(@ModelAttribute("report") ReportForm form, Model model) {
        users.require();
        return forms.addPerson(form, model, true);
    }

    @PostMapping("/intake/temuan/orang/hapus")
    String removePerson(@ModelAttribute("report") ReportForm form,
            @org.springframework.web.bind.annotation.RequestParam("removePerson") int index, Model model) {
        users.require();
        return forms.removePerson(form, index, model, true);
    }

    @PostMapping("/intake/temuan")
    String register(@ModelAttribute("report") ReportForm form, BindingResult result,
            Model model, HttpServletResponse response) {
        ReportSubmission finding = forms.toSubmission(form);
        Decision decision = forms.checkShape(form, finding);
        if (decision.allowed()) {
            try {
                UUID reportId = findings.register(users.require(), finding);
                return "redirect:/intake/reports/" + reportId;
            } catch (PolicyRejectedException e) {
                decision = e.rejection();
            }
        }
        forms.bind(decision, result);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return forms.showFinding(form, model);
    }
}
