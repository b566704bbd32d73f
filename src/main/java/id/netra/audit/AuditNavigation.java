// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log page, for administrators. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditLogNavigation() {
        return NavigationItem.forRoles("audit.nav.log", "audit.nav.log.description", "/admin/audit", 900, Role.ADMIN);
    }
}
