// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.ratelimit;

import id.netra.intake.config.IntakeProperties;
import id.netra.shared.web.RateLimit;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Intake's per-address limits, applied by the shared rate-limit filter: {@link Limit#SUBMISSION} and
 * {@link Limit#RECEIPT_USE}, sized by {@code netra.intake.rate-limit.*}. Which requests take a token is read from the
 * {@link RateLimited @RateLimited} handler methods themselves, so a new limited endpoint needs nothing here. A
 * refused form gets the public error page, the API problem+json.
 */
@Configuration(proxyBeanMethods = false)
class IntakeRateLimits {

    static final String PAGE = "intake/public/error";
    static final String MESSAGE = "intake.rate-limit.exceeded";

    @Bean
    RateLimit intakeSubmissionLimit(IntakeProperties properties, LimitedHandlers handlers) {
        IntakeProperties.RateLimits limits = properties.rateLimit();
        return RateLimit.of("intake-submission", limits.submissions(), limits.submissionsPeriod(),
                request -> handlers.limitOf(request) == Limit.SUBMISSION, MESSAGE).withPage(PAGE);
    }

    @Bean
    RateLimit intakeReceiptLimit(IntakeProperties properties, LimitedHandlers handlers) {
        IntakeProperties.RateLimits limits = properties.rateLimit();
        return RateLimit.of("intake-receipt", limits.receiptLookups(), limits.receiptLookupsPeriod(),
                request -> handlers.limitOf(request) == Limit.RECEIPT_USE, MESSAGE).withPage(PAGE);
    }

    @Bean
    LimitedHandlers limitedHandlers(
            @Lazy @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        return new LimitedHandlers(mappings);
    }

    /** The {@code @RateLimited} handler methods, read once, matched against a request before the dispatcher runs. */
    static final class LimitedHandlers {

        private static final String ATTRIBUTE = LimitedHandlers.class.getName();
        private static final Object NONE = new Object();

        private final RequestMappingHandlerMapping mappings;
        private volatile List<LimitedMapping> limited;

        LimitedHandlers(RequestMappingHandlerMapping mappings) {
            this.mappings = mappings;
        }

        /** The limit of the handler the request would reach, or null; looked up once per request. */
        Limit limitOf(HttpServletRequest request) {
            Object cached = request.getAttribute(ATTRIBUTE);
            if (cached == null) {
                Limit found = lookUp(request);
                cached = found == null ? NONE : found;
                request.setAttribute(ATTRIBUTE, cached);
            }
            return cached instanceof Limit limit ? limit : null;
        }

        private Limit lookUp(HttpServletRequest request) {
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

        private record LimitedMapping(RequestMappingInfo info, Limit limit) {
        }
    }
}
