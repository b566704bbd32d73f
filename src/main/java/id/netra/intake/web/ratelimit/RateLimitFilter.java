// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.ratelimit;

import id.netra.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Applies {@link RateLimited} as a servlet filter, ahead of Spring Security and of multipart parsing: a refused
 * client costs one header lookup, not the reading of a 100 MB upload (the CSRF check and the dispatcher would
 * otherwise read the whole body first). Which requests are limited is read from the {@code @RateLimited} handler
 * methods themselves, so a new limited endpoint needs nothing here. The answer is problem+json for the API and the
 * public error page for the forms.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final ClientRateLimiter limiter;
    private final RequestMappingHandlerMapping mappings;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final ProblemWriter problems;
    private final ViewResolver views;
    private final ApplicationContext context;
    private volatile List<LimitedMapping> limited;

    RateLimitFilter(ClientRateLimiter limiter,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, MessageSource messages,
            LocaleResolver localeResolver, ProblemWriter problems, @Qualifier("thymeleafViewResolver") ViewResolver views,
            ApplicationContext context) {
        this.limiter = limiter;
        this.mappings = mappings;
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.problems = problems;
        this.views = views;
        this.context = context;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitFor(request);
        if (limit != null) {
            try {
                limiter.consume(limit, request.getRemoteAddr());
            } catch (RateLimitExceededException e) {
                // the unread body is not worth keeping the connection for; answer at once, before Tomcat drains it
                response.setHeader(HttpHeaders.CONNECTION, "close");
                refuse(request, response, e);
                response.flushBuffer();
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Limit limitFor(HttpServletRequest request) {
        List<LimitedMapping> known = limited;
        if (known == null) {
            known = mappings.getHandlerMethods().entrySet().stream()
                    .filter(entry -> entry.getValue().hasMethodAnnotation(RateLimited.class))
                    .map(entry -> new LimitedMapping(entry.getKey(),
                            entry.getValue().getMethodAnnotation(RateLimited.class).value()))
                    .toList();
            limited = known;
        }
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (LimitedMapping mapping : known) {
                if (mapping.info().getMatchingCondition(request) != null) {
                    return mapping.limit();
                }
            }
            return null;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(previous, request);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimitExceededException e)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        String title = messages.getMessage("problem.title.429", null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage("intake.rate-limit.exceeded", new Object[] {e.retryAfterSeconds()},
                locale);
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(request, response, status, "intake.rate-limit.exceeded", e.retryAfterSeconds());
            return;
        }
        page(request, response, locale, e, title, detail);
    }

    /** The public error page, rendered here because the dispatcher is never reached. */
    private void page(HttpServletRequest request, HttpServletResponse response, Locale locale,
            RateLimitExceededException e, String title, String detail) throws IOException {
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            View view = views.resolveViewName("intake/public/error", locale);
            if (view != null) {
                view.render(Map.of("status", HttpStatus.TOO_MANY_REQUESTS.value(),
                        "messageKey", "intake.rate-limit.exceeded",
                        "messageArgs", new Object[] {e.retryAfterSeconds()}), request, response);
                return;
            }
        } catch (Exception renderFailure) {
            log.warn("Rate-limit page could not be rendered, answering plain HTML: {}", renderFailure.toString());
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/lapor\">Netra</a></p></html>");
    }

    private record LimitedMapping(RequestMappingInfo info, Limit limit) {
    }
}
