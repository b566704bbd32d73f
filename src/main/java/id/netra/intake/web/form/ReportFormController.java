// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import id.netra.intake.domain.Channel;
import id.netra.intake.evidence.EvidenceCustody;
import id.netra.intake.evidence.InspectedEvidence;
import id.netra.intake.web.ratelimit.Limit;
import id.netra.intake.web.ratelimit.RateLimited;
import id.netra.intake.submission.ReportSubmission;
import id.netra.intake.submission.ReportSubmissionService;
import id.netra.intake.submission.ReportSubmissionService.SubmittedReport;
import id.netra.intake.message.Message;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public report form at /lapor. Works without JavaScript (every button is a plain form post); with htmx, adding a
 * reported person fetches one row instead of reposting the page. Every problem is shown next to its field.
 */
@Controller
@RequestMapping("/lapor")
class ReportFormController {

    private final FormChoices choices;
    private final ReportForms forms;
    private final ReportSubmissionService submissions;
    private final EvidenceCustody custody;

    ReportFormController(FormChoices choices, ReportForms forms, ReportSubmissionService submissions,
            EvidenceCustody custody) {
        this.choices = choices;
        this.forms = forms;
        this.submissions = submissions;
        this.custody = custody;
    }

    @InitBinder("report")
    void limitRows(WebDataBinder binder) {
        forms.restrict(binder);
    }

    @GetMapping
    String form(Model model) {
        return forms.showReport(new ReportForm(), model);
    }

    @PostMapping("/orang/tambah")
    String addPerson(@ModelAttribute("report") ReportForm form, Model model) {
        return forms.addPerson(form, model, false);
    }

    @PostMapping("/orang/hapus")
    String removePerson(@ModelAttribute("report") ReportForm form, @RequestParam("removePerson") int index,
            Model model) {
        return forms.removePerson(form, index, model, false);
    }

    /** One empty person row, fetched by htmx so that adding a person does not repost the page and its files. */
    @GetMapping("/orang/baris")
    String personRow(@RequestParam(name = "personCount", defaultValue = "1") int count, Model model) {
        int index = Math.max(0, Math.min(count, ReportForm.MAX_PERSON_ROWS - 1));
        ReportForm empty = new ReportForm();
        while (empty.getReportedPersons().size() <= index) {
            empty.getReportedPersons().add(new ReportForm.PersonForm());
        }
        model.addAttribute("report", empty);
        model.addAttribute("index", index);
        model.addAttribute("nextCount", index + 1);
        choices.addTo(model);
        return "intake/public/person-row :: person-row-response";
    }

    /** Suggestions for the agency field once the region is chosen. */
    @GetMapping("/instansi")
    String agencies(@RequestParam(name = "regionCode", required = false) String regionCode, Model model) {
        model.addAttribute("agencies", choices.agenciesOf(regionCode));
        return ReportForms.TEMPLATE + " :: agency-list";
    }

    @PostMapping
    @RateLimited(Limit.SUBMISSION)
    String submit(@ModelAttribute("report") ReportForm form, BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ReportSubmission submission = forms.toSubmission(form);
        Decision decision = forms.checkAll(form, submission);
        if (decision.rejected() || result.hasErrors()) {
            forms.bind(decision, result);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return forms.showReport(form, model);
        }
        List<InspectedEvidence> evidence;
        try {
            evidence = custody.inspectAll(FormUploads.of(files));
        } catch (PolicyRejectedException e) {
            model.addAttribute("fileError", e);
            response.setStatus(FormUploads.status(e));
            return forms.showReport(form, model);
        }
        try {
            SubmittedReport submitted = submissions.submit(submissions.check(submission, Channel.PUBLIC_WEB),
                    ReceiptPages.PUBLIC_ACTOR,
                    reportId -> custody.keep(reportId, evidence, Message.REPORTER_AUTHOR));
            redirect.addFlashAttribute(ReceiptPages.RECEIPT_FLASH, submitted.receipt().grouped());
            return "redirect:/lapor/terima-kasih";
        } finally {
            evidence.forEach(InspectedEvidence::close);
        }
    }
}
