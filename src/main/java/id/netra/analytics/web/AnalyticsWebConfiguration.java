// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.RegionDirectory;
import id.netra.reference.ViolationCategories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data requests are checked against, and the dashboard's menu entry. */
@Configuration(proxyBeanMethods = false)
class AnalyticsWebConfiguration {

    @Bean
    StatsRequest.Reference statsReference(ElectionDirectory elections, RegionDirectory regions,
            AgencyDirectory agencies, ViolationCategories categories) {
        return new StatsRequest.Reference(elections, regions, agencies, categories);
    }

    /** Everyone who handles or oversees cases; each sees the counts of their own scope. */
    @Bean
    NavigationItem analyticsNavigation() {
        return NavigationItem.forRoles("analytics.nav", "analytics.nav.description", "/analitik", 550,
                Role.SUPERVISOR, Role.ANALYST, Role.ADMIN, Role.BAWASLU_OFFICER, Role.SATGAS_VERIFIER,
                Role.BKN_OFFICER, Role.PPK_OFFICER).inMenu(NavigationItem.Menu.ANALYSIS);
    }
}
