// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies {@link RateLimited} before the controller runs, so a refused call does no work at all. */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

    private final ClientRateLimiter limiter;

    RateLimitInterceptor(ClientRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            RateLimited limited = method.getMethodAnnotation(RateLimited.class);
            if (limited != null) {
                limiter.consume(limited.value(), request.getRemoteAddr());
            }
        }
        return true;
    }
}
