// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Keeps Spring's resource chain for serving {@code /webjars/**} without versions (htmx) but stops it rewriting every
 * link a page prints. With the chain on, {@link ResourceUrlEncodingFilter} looks up each {@code @{...}} link of a page
 * as a static file, and a miss is not cached; the analytics dashboard prints one drill-down link per row of every
 * panel, and a profile of {@code GET /analitik} at 1M cases spent 57 % of its samples there. Netra uses no versioned
 * resource URLs, so the rewriting never changed a link: turning it off changes no page.
 */
@Configuration(proxyBeanMethods = false)
class LinkRewritingConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        // a registration of this filter, even a disabled one, makes Boot's Thymeleaf configuration not add its own
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
