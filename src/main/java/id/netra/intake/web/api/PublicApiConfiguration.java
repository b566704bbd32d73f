// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.intake.config.IntakeProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublicApiConfiguration {

    @Bean
    FilterRegistrationBean<PublicJsonBodyLimit> publicJsonBodyLimit(IntakeProperties properties,
            MessageSource messages) {
        FilterRegistrationBean<PublicJsonBodyLimit> registration =
                new FilterRegistrationBean<>(new PublicJsonBodyLimit(properties, messages));
        registration.addUrlPatterns("/api/v1/reports", "/api/v1/reports/status", "/api/v1/reports/messages");
        return registration;
    }
}
