// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cases module's menu entries: the work queues for case handlers, the scorecard for everyone who reads it, and
 * the deadline policy versions for administrators.
 */
@Configuration(proxyBeanMethods = false)
class CaseNavigation {

    @Bean
    NavigationItem casesNavigation() {
        return NavigationItem.forRoles("case.nav.cases", "case.nav.cases.description", "/cases", 200,
                Role.BAWASLU_OFFICER, Role.SATGAS_VERIFIER, Role.BKN_OFFICER, Role.PPK_OFFICER, Role.SUPERVISOR,
                Role.ANALYST, Role.ADMIN);
    }

    @Bean
    NavigationItem complianceNavigation() {
        return NavigationItem.forRoles("case.nav.compliance", "case.nav.compliance.description",
                "/cases/compliance", 210, Role.BAWASLU_OFFICER, Role.SATGAS_VERIFIER, Role.BKN_OFFICER,
                Role.PPK_OFFICER, Role.SUPERVISOR, Role.ANALYST, Role.ADMIN);
    }

    @Bean
    NavigationItem deadlinePolicyNavigation() {
        return NavigationItem.forRoles("case.nav.deadline-policy", "case.nav.deadline-policy.description",
                "/admin/deadline-policy", 860, Role.ADMIN);
    }

    @Bean
    NavigationItem outgoingMailNavigation() {
        return NavigationItem.forRoles("case.nav.outgoing-mail", "case.nav.outgoing-mail.description",
                "/admin/mail", 870, Role.ADMIN);
    }
}
