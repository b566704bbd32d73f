// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account administration page, for administrators. */
@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationItem accountAdministrationNavigation() {
        return NavigationItem.forRoles("identity.nav.users", "identity.nav.users.description", "/admin/users", 880,
                Role.ADMIN);
    }
}
