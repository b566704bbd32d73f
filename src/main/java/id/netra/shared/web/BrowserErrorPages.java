// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import id.netra.shared.ConflictException;
import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A person who opens a page gets a page back when something is refused (a case of another agency, an address that
 * does not exist, a record changed meanwhile): the error page in the UI's language with a way back, never the API's
 * problem+json. API paths, htmx fragments and non-browser callers are left to {@link ProblemResponses}.
 */
@Component
class BrowserErrorPages implements HandlerExceptionResolver, Ordered, WebMvcConfigurer {

    private final MessageSource messages;

    BrowserErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, this);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!wantsPage(request)) {
            return null;
        }
        Page page = page(exception);
        if (page == null) {
            return null;
        }
        response.setStatus(page.status());
        return new ModelAndView("error", Map.of("status", page.status(), "detail", page.detail()));
    }

    private Page page(Exception exception) {
        if (exception instanceof NotFoundException) {
            return new Page(404, text("portal.error.404"));
        }
        if (exception instanceof ConflictException conflict) {
            return new Page(409, text(conflict.messageKey()));
        }
        if (exception instanceof ObjectOptimisticLockingFailureException) {
            return new Page(409, text("problem.concurrent-change"));
        }
        if (exception instanceof PolicyRejectedException refused) {
            return new Page(refused.kind().status(), text(refused.messageKey(), refused.args()));
        }
        // the framework's own refusals (unknown path, wrong method, mistyped parameter) keep their status
        if (exception instanceof ErrorResponse framework) {
            int status = framework.getStatusCode().value();
            return new Page(status, text("portal.error." + status, "portal.error.other"));
        }
        return null;
    }

    /** A browser's navigation outside the API: it asks for HTML and is not an htmx request for a fragment. */
    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator") || request.getHeader("HX-Request") != null) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String text(String key, String fallbackKey) {
        String found = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
        return found != null ? found : text(fallbackKey);
    }

    private record Page(int status, String detail) {
        Page {
            status = HttpStatus.resolve(status) == null ? 500 : status;
        }
    }
}
