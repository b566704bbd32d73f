// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import id.netra.intake.submission.ReportSubmission;
import id.netra.shared.Decision;
import id.netra.shared.web.DecisionBinding;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * Turns the form into the same {@link ReportSubmission} the JSON API receives, and puts problems back next to the
 * form fields they belong to.
 */
final class ReportFormMapper {

    private ReportFormMapper() {
    }

    /** Drops person rows left entirely empty (the reporter added one too many), keeping indexes of the others. */
    static void dropBlankPersons(ReportForm form) {
        List<ReportForm.PersonForm> persons = new ArrayList<>();
        for (ReportForm.PersonForm person : form.getReportedPersons()) {
            if (person != null && !person.isBlank()) {
                persons.add(person);
            }
        }
        form.setReportedPersons(persons);
    }

    static ReportSubmission toSubmission(ReportForm form) {
        List<ReportSubmission.Person> persons = form.getReportedPersons().stream()
                .map(person -> new ReportSubmission.Person(person.getName(), person.getNip(), null,
                        person.getAgencyName(), person.getPositionClass(), person.getPositionTitle()))
                .toList();
        ReportForm.ReporterForm reporter = form.getReporter() == null ? new ReportForm.ReporterForm()
                : form.getReporter();
        return new ReportSubmission(form.getElectionCode(), form.getRegionCode(), persons, form.getViolationCode(),
                date(form.getOccurredOn()), form.getPlace(), form.getDescription(), links(form.getEvidenceLinks()),
                new ReportSubmission.Reporter(reporter.getMode(), reporter.getName(), reporter.getNik(),
                        reporter.getPhone(), reporter.getEmail()));
    }

    /** A date the browser's date picker sends (yyyy-mm-dd), or {@code null} to let validation report it. */
    static LocalDate date(String value) {
        try {
            return ReportForm.blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean unparseableDate(String value) {
        return !ReportForm.blank(value) && date(value) == null;
    }

    static List<String> links(String text) {
        if (ReportForm.blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n]+")).map(String::strip).filter(link -> !link.isEmpty()).toList();
    }

    /**
     * Binds each reason to its form field through {@link DecisionBinding}, one per field; reasons about fields the
     * form has no input for (or about no field) are shown above the form.
     */
    static void bind(Decision decision, BindingResult result) {
        Set<String> taken = new HashSet<>();
        List<Decision.Reason> onForm = new ArrayList<>();
        for (Decision.Reason reason : decision.reasons()) {
            String field = reason.hasField() ? formField(reason.field()) : "";
            if (!taken.add(field)) {
                continue;
            }
            boolean hasInput = !field.isEmpty() && (result.getFieldType(field) != null || isReadable(result, field));
            onForm.add(new Decision.Reason(reason.messageKey(), reason.args(), hasInput ? field : null));
        }
        DecisionBinding.bind(Decision.rejectAll(onForm), result);
    }

    private static boolean isReadable(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code evidenceLinks[2]} is one line of the links text area. */
    private static String formField(String field) {
        return field.startsWith("evidenceLinks[") ? "evidenceLinks" : field;
    }
}
