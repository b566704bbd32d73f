// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad query parameters of the reference API become 400 problem+json naming the parameter. */
@RestControllerAdvice(basePackageClasses = ReferenceApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceApiProblems {

    private final MessageSource messages;

    ReferenceApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", LocaleContextHolder.getLocale()));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }
}
