// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik.web;

import id.netra.identity.NavigationItem;
import id.netra.identity.PublicEndpoints;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the public portal, the map, the reconciliation view and their administration. */
@Configuration(proxyBeanMethods = false)
class PublicNavigation {

    /** The public portal, its map data and open-data files, and the public statistics API: no sign-in. */
    @Bean
    PublicEndpoints analyticsPublicEndpoints() {
        return PublicEndpoints.of("analytics", "GET /publik", "GET /publik/**", "GET /api/v1/public/**");
    }

    @Bean
    NavigationItem publicPortalNavigation() {
        return NavigationItem.forEveryone("analytics.publik.nav", "analytics.publik.nav.description", "/publik", 30)
                .inMenu(NavigationItem.Menu.PUBLIC);
    }

    @Bean
    NavigationItem mapNavigation() {
        return NavigationItem.forSignedIn("analytics.map.nav", "analytics.map.nav.description", "/analitik/peta", 551)
                .inMenu(NavigationItem.Menu.ANALYSIS);
    }

    @Bean
    NavigationItem reconciliationNavigation() {
        return NavigationItem.forSignedIn("analytics.reconciliation.nav", "analytics.reconciliation.nav.description",
                "/analitik/rekonsiliasi", 552).inMenu(NavigationItem.Menu.ANALYSIS);
    }

    @Bean
    NavigationItem publishedFiguresAdminNavigation() {
        return NavigationItem.forRoles("analytics.figures.nav", "analytics.figures.nav.description",
                "/admin/angka-terbitan", 920, Role.ADMIN);
    }

    @Bean
    NavigationItem boundaryAdminNavigation() {
        return NavigationItem.forRoles("analytics.map.admin.nav", "analytics.map.admin.nav.description",
                "/admin/peta", 921, Role.ADMIN);
    }
}
