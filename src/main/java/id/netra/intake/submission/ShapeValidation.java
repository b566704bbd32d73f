// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Bean Validation of incoming records, reported as {@link FieldProblem}s so that the API, the form and the importer
 * share one path and one answer format.
 */
@Component
public class ShapeValidation {

    private final Validator validator;

    ShapeValidation(Validator validator) {
        this.validator = validator;
    }

    /** Throws a malformed {@link SubmissionRejectedException} when the record breaks its constraints. */
    public void requireValid(Object request) {
        List<FieldProblem> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new SubmissionRejectedException(problems, true);
        }
    }

    public List<FieldProblem> problems(Object request) {
        return validator.validate(request).stream()
                .map(violation -> FieldProblem.rendered(path(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
