// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import id.netra.shared.Decision;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Bean Validation of incoming records, answered as a {@link Decision} so that the API, the form and the importer
 * share one path and one answer format. Bean Validation has already rendered each message in the caller's language
 * (with its {@code {min}}/{@code {max}}), so a reason carries that text as the argument of
 * {@value #CONSTRAINT_KEY}.
 */
@Component
public class ShapeValidation {

    /** The message {@code {0}}: the text Bean Validation rendered. */
    public static final String CONSTRAINT_KEY = "intake.validation.constraint";

    private final Validator validator;

    ShapeValidation(Validator validator) {
        this.validator = validator;
    }

    /** Rejects, as malformed (400 at the API), a record that breaks its constraints. */
    public void requireValid(Object request) {
        check(request).orThrowMalformed("problem.invalid-input");
    }

    /** Every broken constraint, one reason each at its field, in field order. */
    public Decision check(Object request) {
        return Decision.rejectAll(validator.validate(request).stream()
                .map(violation -> Decision.Reason.ofField(path(violation), CONSTRAINT_KEY, violation.getMessage()))
                .sorted(Comparator.comparing(Decision.Reason::field))
                .toList());
    }

    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
