// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import id.netra.shared.ConflictException;
import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every rejection of a client's request becomes RFC 9457 problem+json with a human reason in the caller's language.
 * Field errors are listed under {@code errors} as {@code {field, message}}.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final MessageSource messages;

    public ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text("problem.not-found"));
    }

    /**
     * A policy's rejection, the only way Netra says no: 422 for a rule, 400 for a malformed request, 413 or 415 for
     * a refused upload ({@link PolicyRejectedException.Kind}). The summary, or else the first reason, is the detail
     * and its key the {@code code}; every reason is listed under {@code errors} as {@code {field, code, message}}
     * (field omitted when the reason is about the whole request).
     */
    @ExceptionHandler(PolicyRejectedException.class)
    ResponseEntity<ProblemDetail> policyRejected(PolicyRejectedException e) {
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        ProblemDetail problem = problem(status, text(e.messageKey(), e.args()));
        problem.setProperty("code", e.messageKey());
        e.properties().forEach(problem::setProperty);
        problem.setProperty("errors", e.reasons().stream().map(reason -> {
            Map<String, String> error = new java.util.LinkedHashMap<>();
            if (reason.hasField()) {
                error.put("field", reason.field());
            }
            error.put("code", reason.messageKey());
            error.put("message", text(reason.messageKey(), reason.argArray()));
            return error;
        }).toList());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, text(e.messageKey()));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleWrite(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, text("problem.concurrent-change"));
    }

    /**
     * A unique or check constraint caught what the rules could not see in time, typically two requests creating the
     * same thing at the same instant: the client gets 409, not 500. Logged, because it can also mean a rule is
     * missing.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflictingData(DataIntegrityViolationException e) {
        log.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, text("problem.conflicting-data"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.invalid-input"));
        problem.setProperty("errors", fieldErrors(ex.getBindingResult().getFieldErrors()));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("problem.unreadable-body")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, text("problem.too-large")));
    }

    /**
     * A form field path the binder refuses, such as {@code reportedPersons[100000].name} (beyond the collection
     * limit) or a property that does not exist in the shape posted: the client's mistake, so 400.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    ProblemDetail invalidProperty(InvalidPropertyException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.invalid-field", e.getPropertyName()));
        problem.setProperty("code", "problem.invalid-field");
        return problem;
    }

    /** A multipart body the container could not split (the envelope filter catches most before they get here). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, text("problem.too-large")));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("problem.multipart.unreadable")));
    }

    @ExceptionHandler(InvalidMediaTypeException.class)
    ProblemDetail invalidMediaType(InvalidMediaTypeException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("problem.content-type.invalid"));
    }

    /**
     * The framework's own rejections (wrong method, unsupported content type, missing or mistyped parameter...) keep
     * their status but get the title in the caller's language; their details come from the
     * {@code problemDetail.<exception class>} messages in the bundle.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            String title = messages.getMessage("problem.title." + status.value(), null, null,
                    LocaleContextHolder.getLocale());
            if (title != null) {
                problem.setTitle(title);
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("problem.title." + status.value()));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
