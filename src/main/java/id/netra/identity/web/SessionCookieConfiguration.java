// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import jakarta.servlet.SessionTrackingMode;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions travel in a cookie only. Otherwise a first-time visitor's links carry {@code ;jsessionid=...}, which leaks
 * the session id into logs and referrers, and which Spring Security's firewall then rejects as a malicious URL.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    ServletContextInitializer cookieOnlySessions() {
        return servletContext -> servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }
}
