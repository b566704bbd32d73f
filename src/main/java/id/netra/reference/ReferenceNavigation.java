// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference module's menu entries: the working-day calculator for every signed-in user (deadlines matter to all
 * of them) and the reference tables with their import and edit forms for administrators.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceNavigation {

    @Bean
    NavigationItem workingDayCalendarNavigation() {
        return NavigationItem.forSignedIn("reference.nav.calendar", "reference.nav.calendar.description",
                "/reference/calendar", 700).inMenu(NavigationItem.Menu.REFERENCE);
    }

    @Bean
    NavigationItem referenceAdminNavigation() {
        return NavigationItem.forRoles("reference.nav.admin", "reference.nav.admin.description", "/admin/reference",
                850, Role.ADMIN);
    }
}
