// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.modulith.NamedInterface;

/**
 * A per-client-address limit a module puts on its own public requests. A module declares each as a bean; the shared
 * rate-limit filter applies them all, in memory and per instance, ahead of Spring Security and of multipart parsing,
 * so that a refused client costs one header lookup. A refused request gets 429 with {@code Retry-After}: problem+json
 * for the API (and whenever {@code pageView} is null), otherwise the page {@code pageView} rendered with
 * {@code status}, {@code messageKey} and {@code messageArgs}.
 *
 * @param name names the limit's buckets (unique across modules)
 * @param capacity requests per {@code period}, refilled greedily
 * @param applies which requests take a token
 * @param messageKey the reason, with the seconds to wait as {@code {0}}
 * @param pageView the template shown to a browser, or null for problem+json only
 */
@NamedInterface("web")
public record RateLimit(String name, int capacity, Duration period, Predicate<HttpServletRequest> applies,
        String messageKey, String pageView) {

    public RateLimit {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Rate limit " + name + " needs a positive capacity and period");
        }
    }

    /** A limit answered with problem+json only. */
    public static RateLimit of(String name, int capacity, Duration period, Predicate<HttpServletRequest> applies,
            String messageKey) {
        return new RateLimit(name, capacity, period, applies, messageKey, null);
    }

    /** The same limit, answered to browsers outside {@code /api/} with the page {@code view}. */
    public RateLimit withPage(String view) {
        return new RateLimit(name, capacity, period, applies, messageKey, view);
    }

    /** The request's path without the context path, for path-based limits. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
