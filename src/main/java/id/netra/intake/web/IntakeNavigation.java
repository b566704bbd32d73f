// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
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
    NavigationItem handlerReportsNavigation() {
        return NavigationItem.forRoles("intake.nav.handler-reports", "intake.nav.handler-reports.description",
                "/intake/reports", 20, Role.BAWASLU_OFFICER, Role.SATGAS_VERIFIER, Role.BKN_OFFICER, Role.ADMIN);
    }

    @Bean
    NavigationItem findingNavigation() {
        return NavigationItem.forRoles("intake.nav.finding", "intake.nav.finding.description", "/intake/temuan/baru",
                21, Role.BAWASLU_OFFICER);
    }

    @Bean
    NavigationItem importNavigation() {
        return NavigationItem.forRoles("intake.nav.import", "intake.nav.import.description", "/intake/imports", 22,
                Role.SATGAS_VERIFIER, Role.BKN_OFFICER, Role.ADMIN);
    }

    @Bean
    NavigationItem reportStatusNavigation() {
        return NavigationItem.forEveryone("intake.nav.status", "intake.nav.status.description", "/lapor/status", 11);
    }
}
