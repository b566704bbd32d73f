// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik.web;

import id.netra.shared.web.ProblemWriter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token buckets per client address for the public portal, its map data and downloads ({@code /publik/**}) and the
 * public statistics API ({@code /api/v1/public/**}), like intake's limit on the report form: in memory, per
 * instance, ahead of Spring Security. Aggregates are cheap to read but a scraper looping over elections should not
 * be able to load the database; {@code netra.publik.rate-limit.requests} per {@code ...period} (120 per minute).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class PublicRateLimitFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final int capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicRateLimitFilter(ProblemWriter problems,
            @Value("${netra.publik.rate-limit.requests:120}") int capacity,
            @Value("${netra.publik.rate-limit.period:1m}") Duration period) {
        this.problems = problems;
        this.capacity = capacity;
        this.period = period;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/publik") || path.startsWith("/publik/") || path.startsWith("/api/v1/public/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "analytics.publik.rate-limit", seconds);
    }

    /** Full buckets belong to clients gone quiet; dropping them keeps the map small. */
    @Scheduled(fixedDelayString = "PT5M")
    void dropIdleBuckets() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }
}
