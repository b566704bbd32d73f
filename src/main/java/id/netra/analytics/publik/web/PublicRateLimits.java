// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik.web;

import id.netra.shared.web.RateLimit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The per-address limit on the public portal, its map data and downloads ({@code /publik/**}) and the public
 * statistics API ({@code /api/v1/public/**}), applied by the shared rate-limit filter. Aggregates are cheap to read,
 * but a scraper looping over elections should not be able to load the database:
 * {@code netra.publik.rate-limit.requests} per {@code ...period} (120 per minute), answered with problem+json.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimits {

    @Bean
    RateLimit publicPortalLimit(@Value("${netra.publik.rate-limit.requests:120}") int capacity,
            @Value("${netra.publik.rate-limit.period:1m}") Duration period) {
        return RateLimit.of("publik", capacity, period, request -> isPublic(RateLimit.path(request)),
                "analytics.publik.rate-limit");
    }

    static boolean isPublic(String path) {
        return path.equals("/publik") || path.startsWith("/publik/") || path.startsWith("/api/v1/public/");
    }
}
