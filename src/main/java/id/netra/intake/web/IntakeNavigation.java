// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web;

import id.netra.identity.NavigationItem;
import id.netra.identity.PublicEndpoints;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake pages in the site menu, and the ones open without an account. */
@Configuration(proxyBeanMethods = false)
class IntakeNavigation {

    /** The report form and receipt pages, and the public report API (the receipt travels in the body). */
    @Bean
    PublicEndpoints intakePublicEndpoints() {
        return PublicEndpoints.of("intake", "/lapor", "/lapor/**", "POST /api/v1/reports",
                "POST /api/v1/reports/status", "POST /api/v1/reports/messages", "POST /api/v1/reports/evidence",
                "POST /api/v1/reports/*/evidence");
    }

    @Bean
    NavigationItem reportFormNavigation() {
        return NavigationItem.forEveryone("intake.nav.report", "intake.nav.report.description", "/lapor", 10)
                .inMenu(NavigationItem.Menu.PUBLIC);
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
                Role.SATGAS_VERIFIER, Role.BKN_OFFICER, Role.ADMIN).inMenu(NavigationItem.Menu.IMPORT);
    }

    @Bean
    NavigationItem reportStatusNavigation() {
        return NavigationItem.forEveryone("intake.nav.status", "intake.nav.status.description", "/lapor/status", 11)
                .inMenu(NavigationItem.Menu.PUBLIC);
    }
}
