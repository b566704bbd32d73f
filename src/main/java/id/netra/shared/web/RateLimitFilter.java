// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Applies every module's {@link RateLimit}: token buckets (Bucket4j) per limit and client address, in memory, so each
 * application instance limits on its own, which is enough to stop receipt guessing, form flooding and scraping from
 * one address (behind a proxy, set {@code server.forward-headers-strategy} so that the client address is the real
 * one). Runs ahead of Spring Security and of multipart parsing: a refused client is answered at once and its unread
 * body is not worth keeping the connection for. Full buckets are dropped periodically, so that the map holds only
 * recently active clients.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    /** Above this many tracked buckets, idle ones are dropped at once instead of at the next sweep. */
    static final int SWEEP_AT_SIZE = 50_000;

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final ObjectProvider<RateLimit> declared;
    private final ProblemWriter problems;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final ObjectProvider<ViewResolver> views;
    private final ApplicationContext context;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile Map<String, RateLimit> limits;

    RateLimitFilter(ObjectProvider<RateLimit> declared, ProblemWriter problems, MessageSource messages,
            LocaleResolver localeResolver, @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views,
            ApplicationContext context) {
        this.declared = declared;
        this.problems = problems;
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.views = views;
        this.context = context;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (RateLimit limit : limits().values()) {
            if (!limit.applies().test(request)) {
                continue;
            }
            ConsumptionProbe probe = take(limit, request.getRemoteAddr());
            if (!probe.isConsumed()) {
                long seconds = Math.max(1,
                        TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
                response.setHeader(HttpHeaders.CONNECTION, "close");
                refuse(request, response, limit, seconds);
                response.flushBuffer();
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Takes one token of {@code limit} from the client's bucket. */
    ConsumptionProbe take(RateLimit limit, String clientAddress) {
        if (buckets.size() > SWEEP_AT_SIZE) {
            dropIdleBuckets();
        }
        return buckets.computeIfAbsent(limit.name() + "|" + clientAddress, key -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(),
                        limit.period()))
                .build()).tryConsumeAndReturnRemaining(1);
    }

    @Scheduled(fixedDelayString = "PT5M")
    void dropIdleBuckets() {
        Map<String, RateLimit> known = limits();
        buckets.entrySet().removeIf(entry -> {
            RateLimit limit = known.get(entry.getKey().substring(0, entry.getKey().indexOf('|')));
            return limit == null || entry.getValue().getAvailableTokens() >= limit.capacity();
        });
    }

    int trackedBuckets() {
        return buckets.size();
    }

    private Map<String, RateLimit> limits() {
        Map<String, RateLimit> known = limits;
        if (known == null) {
            Map<String, RateLimit> collected = new java.util.LinkedHashMap<>();
            List<RateLimit> all = declared.orderedStream().toList();
            for (RateLimit limit : all) {
                if (collected.putIfAbsent(limit.name(), limit) != null) {
                    throw new IllegalStateException("Two rate limits are named " + limit.name());
                }
            }
            known = Map.copyOf(collected);
            limits = known;
        }
        return known;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimit limit, long seconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (limit.pageView() == null || RateLimit.path(request).startsWith("/api/")) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, limit.messageKey(), seconds);
            return;
        }
        page(request, response, limit, seconds);
    }

    /** The module's error page, rendered here because the dispatcher is never reached. */
    private void page(HttpServletRequest request, HttpServletResponse response, RateLimit limit, long seconds)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
        try {
            ViewResolver resolver = views.getIfAvailable();
            View view = resolver == null ? null : resolver.resolveViewName(limit.pageView(), locale);
            if (view != null) {
                view.render(Map.of("status", status.value(), "messageKey", limit.messageKey(),
                        "messageArgs", new Object[] {seconds}), request, response);
                return;
            }
        } catch (Exception renderFailure) {
            log.warn("Rate-limit page could not be rendered, answering plain HTML: {}", renderFailure.toString());
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
        }
        String title = messages.getMessage("problem.title.429", null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage(limit.messageKey(), new Object[] {seconds}, limit.messageKey(), locale);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">Netra</a></p></html>");
    }
}
