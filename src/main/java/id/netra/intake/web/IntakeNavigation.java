// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web;

import id.netra.identity.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake pages in the site menu. */
@Configuration(proxyBeanMethods = false)
class IntakeNavigation {

    @Bean
    NavigationItem reportFormNavigation() {
        return NavigationItem.forEveryone("intake.nav.report", "intake.nav.report.description", "/lapor", 10);
    }

    @Bean
    NavigationItem reportStatusNavigation() {
        return NavigationItem.forEveryone("intake.nav.status", "intake.nav.status.description", "/lapor/status", 11);
    }
}
