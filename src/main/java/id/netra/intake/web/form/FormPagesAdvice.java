// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import id.netra.intake.tracking.UnknownReceiptException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeansException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Rejections on the public pages answer with a page in the reporter's language, not with JSON. */
@ControllerAdvice(assignableTypes = {ReportFormController.class, ReceiptPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormPagesAdvice {

    static final String ERROR = "intake/public/error";

    /** A link followed from a report or status page must not tell the next site where the reporter came from. */
    @ModelAttribute
    void noReferrer(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @ExceptionHandler(UnknownReceiptException.class)
    ModelAndView unknownReceipt() {
        ModelAndView page = new ModelAndView(ReceiptPages.LOOKUP, HttpStatus.NOT_FOUND);
        page.addObject("unknownReceipt", true);
        return page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.CONTENT_TOO_LARGE, "intake.evidence.request-too-large");
    }

    @ExceptionHandler({BeansException.class, MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class, MultipartException.class})
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST, "intake.form.bad-request");
    }

    private static ModelAndView page(HttpStatus status, String messageKey, Object... args) {
        ModelAndView page = new ModelAndView(ERROR, status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("messageArgs", args);
        return page;
    }
}
