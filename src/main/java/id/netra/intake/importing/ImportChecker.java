// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import id.netra.intake.importing.ImportRecords.ImportRecord;
import id.netra.intake.submission.FieldProblem;
import id.netra.intake.submission.ShapeValidation;
import id.netra.intake.submission.SubmissionRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Applies the public submission rules to each imported report and places every problem at its row and column. */
@Component
class ImportChecker {

    static final int MAX_EXTERNAL_ID = 100;

    private final ShapeValidation shape;
    private final SubmissionRules rules;
    private final MessageSource messages;

    ImportChecker(ShapeValidation shape, SubmissionRules rules, MessageSource messages) {
        this.shape = shape;
        this.rules = rules;
        this.messages = messages;
    }

    List<RowError> check(ImportRecord record, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        if (record.externalId() == null) {
            errors.add(error(record, ImportColumns.EXTERNAL_ID, new FieldProblem("", "intake.validation.required"),
                    locale));
            return errors;
        }
        if (record.externalId().length() > MAX_EXTERNAL_ID) {
            errors.add(error(record, ImportColumns.EXTERNAL_ID,
                    new FieldProblem("", "intake.import.external-id-too-long", MAX_EXTERNAL_ID), locale));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (record.unreadableDate()) {
            problems.add(new FieldProblem("occurredOn", "intake.validation.date"));
        }
        problems.addAll(shape.problems(record.submission()));
        problems.addAll(rules.problems(record.submission()));
        for (FieldProblem problem : problems) {
            errors.add(new RowError(record.rowOf(problem.field()), record.externalId(),
                    ImportColumns.columnOf(problem.field()), problem.message(messages, locale)));
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return errors;
    }

    private RowError error(ImportRecord record, String column, FieldProblem problem, Locale locale) {
        return new RowError(record.firstRow(), record.externalId(), column, problem.message(messages, locale));
    }
}
