// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import id.netra.intake.importing.ImportRecords.ImportRecord;
import id.netra.intake.submission.ShapeValidation;
import id.netra.intake.submission.SubmissionRules;
import id.netra.shared.Decision;
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
            errors.add(error(record, ImportColumns.EXTERNAL_ID, Decision.Reason.of("intake.validation.required"),
                    locale));
            return errors;
        }
        if (record.externalId().length() > MAX_EXTERNAL_ID) {
            errors.add(error(record, ImportColumns.EXTERNAL_ID,
                    Decision.Reason.of("intake.import.external-id-too-long", MAX_EXTERNAL_ID), locale));
        }
        Decision decision = Decision.all(
                Decision.whenField(!record.unreadableDate(), "occurredOn", "intake.validation.date"),
                shape.check(record.submission()),
                rules.decide(record.submission()));
        for (Decision.Reason reason : decision.reasons()) {
            errors.add(new RowError(record.rowOf(reason.field()), record.externalId(),
                    ImportColumns.columnOf(reason.field()), text(reason, locale)));
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return errors;
    }

    private RowError error(ImportRecord record, String column, Decision.Reason reason, Locale locale) {
        return new RowError(record.firstRow(), record.externalId(), column, text(reason, locale));
    }

    private String text(Decision.Reason reason, Locale locale) {
        return messages.getMessage(reason.messageKey(), reason.argArray(), reason.messageKey(), locale);
    }
}
