// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu entry of the historical case import, for those who may import. */
@Configuration(proxyBeanMethods = false)
class CaseImportNavigation {

    @Bean
    NavigationItem caseImportMenuItem() {
        return NavigationItem.forRoles("case.nav.import", "case.nav.import.description", "/cases/import", 220,
                Role.BKN_OFFICER, Role.ADMIN).inMenu(NavigationItem.Menu.IMPORT);
    }
}
