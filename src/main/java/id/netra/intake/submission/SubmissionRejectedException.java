// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import java.util.List;

/**
 * A report was refused; every problem is listed so the reporter can fix all at once. {@code malformed} problems break
 * the request's shape (400); the others are well-formed input that broke a domain rule (422).
 */
public class SubmissionRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final boolean malformed;

    public SubmissionRejectedException(List<FieldProblem> problems, boolean malformed) {
        super("Report rejected: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
        this.malformed = malformed;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean malformed() {
        return malformed;
    }
}
