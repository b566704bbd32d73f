// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.handler;

import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Rejections on the handler pages answer with a page, not with JSON. */
@ControllerAdvice(assignableTypes = {ReportListPage.class, ReportPage.class, FindingPage.class, ImportPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class HandlerPagesAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "problem.not-found");
    }

    /**
     * A policy said no (a spreadsheet refused, an action not allowed): the page names the summary or the first reason
     * (a page action has one thing to fix).
     */
    @ExceptionHandler(PolicyRejectedException.class)
    ModelAndView policy(PolicyRejectedException e) {
        return page(e.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(),
                e.args());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST, "intake.form.bad-request");
    }

    private static ModelAndView page(HttpStatus status, String messageKey, Object... args) {
        ModelAndView page = new ModelAndView("intake/public/error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("messageArgs", args);
        return page;
    }
}
