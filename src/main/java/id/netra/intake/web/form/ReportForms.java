// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import id.netra.intake.submission.ReportSubmission;
import id.netra.intake.submission.ShapeValidation;
import id.netra.intake.submission.SubmissionRules;
import id.netra.shared.Decision;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * The report form's binding, checking and rendering, shared by the public /lapor page and the Bawaslu finding page
 * (the same form without the reporter section).
 */
@Component
public class ReportForms {

    static final String TEMPLATE = "intake/public/report-form";

    private final FormChoices choices;
    private final ShapeValidation shape;
    private final SubmissionRules rules;

    ReportForms(FormChoices choices, ShapeValidation shape, SubmissionRules rules) {
        this.choices = choices;
        this.shape = shape;
        this.rules = rules;
    }

    /** Binds only the form's own fields, and at most {@link ReportForm#MAX_PERSON_ROWS} person rows. */
    public void restrict(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(ReportForm.MAX_PERSON_ROWS);
        binder.setAllowedFields("electionCode", "regionCode", "violationCode", "occurredOn", "place", "description",
                "evidenceLinks", "reporter.*", "reportedPersons[*].*");
    }

    /** Drops empty person rows, then maps to the API's submission record. */
    public ReportSubmission toSubmission(ReportForm form) {
        ReportFormMapper.dropBlankPersons(form);
        return ReportFormMapper.toSubmission(form);
    }

    /** The shape check, including a date the browser sent in a form we cannot read. */
    public Decision checkShape(ReportForm form, ReportSubmission submission) {
        return Decision.all(
                Decision.whenField(!ReportFormMapper.unparseableDate(form.getOccurredOn()), "occurredOn",
                        "intake.validation.date"),
                shape.check(submission));
    }

    /** Shape and rules together, so that every field shows its reason at once. */
    public Decision checkAll(ReportForm form, ReportSubmission submission) {
        return Decision.all(checkShape(form, submission), rules.decide(submission));
    }

    /** Binds the reasons to the form's fields (see {@link ReportFormMapper#bind}). */
    public void bind(Decision decision, BindingResult result) {
        ReportFormMapper.bind(decision, result);
    }

    public String showReport(ReportForm form, Model model) {
        return show(form, model, false);
    }

    public String showFinding(ReportForm form, Model model) {
        return show(form, model, true);
    }

    private String show(ReportForm form, Model model, boolean finding) {
        if (form.getReportedPersons().isEmpty()) {
            form.getReportedPersons().add(new ReportForm.PersonForm());
        }
        model.addAttribute("report", form);
        model.addAttribute("finding", finding);
        model.addAttribute("formBase", finding ? "/intake/temuan" : "/lapor");
        model.addAttribute("agencies", choices.agenciesOf(form.getRegionCode()));
        choices.addTo(model);
        return TEMPLATE;
    }

    static void addRow(ReportForm form) {
        if (form.getReportedPersons().size() < ReportForm.MAX_PERSON_ROWS) {
            form.getReportedPersons().add(new ReportForm.PersonForm());
        }
    }

    static void removeRow(ReportForm form, int index) {
        if (index >= 0 && index < form.getReportedPersons().size() && form.getReportedPersons().size() > 1) {
            form.getReportedPersons().remove(index);
        }
    }

    /** Person rows are edited the same way on both pages; these are the handlers' bodies. */
    public String addPerson(ReportForm form, Model model, boolean finding) {
        addRow(form);
        return show(form, model, finding);
    }

    public String removePerson(ReportForm form, int index, Model model, boolean finding) {
        removeRow(form, index);
        return show(form, model, finding);
    }
}
