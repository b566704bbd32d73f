// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.intake.tracking.UnknownReceiptException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;

/**
 * problem+json for the intake API's own failures (an upload over the request limit, an unknown receipt), in the
 * shape of the shared ProblemResponses ({@code errors} as {@code {field, code, message}}); a policy's rejection is
 * left to ProblemResponses. Runs before the shared advice so that a value of the wrong type is reported against its
 * field instead of as an unreadable body.
 */
@RestControllerAdvice(basePackageClasses = IntakeApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeApiProblems {

    /** A hostile client may send absurd property names; never echo more than this. */
    private static final int MAX_PATH = 200;

    private final MessageSource messages;

    IntakeApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, "intake.evidence.request-too-large"));
    }

    @ExceptionHandler(UnknownReceiptException.class)
    ResponseEntity<ProblemDetail> unknownReceipt() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "intake.receipt.unknown"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadable-body");
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", path(jackson.getPath()), "code",
                    "intake.validation.wrong-type", "message", text("intake.validation.wrong-type"))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path.toString();
    }

    ProblemDetail problem(HttpStatus status, String detailKey, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, args, detailKey, locale));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        return problem;
    }
}
