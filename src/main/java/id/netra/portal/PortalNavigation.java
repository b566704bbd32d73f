// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import id.netra.identity.NavigationItem;
import id.netra.identity.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's own menu entries: the home page and the REST API documentation, both open to everyone. */
@Configuration(proxyBeanMethods = false)
class PortalNavigation {

    @Bean
    PublicEndpoints portalPublicEndpoints() {
        return PublicEndpoints.of("portal", "/");
    }

    @Bean
    NavigationItem homeNavigation() {
        return NavigationItem.forEveryone("portal.nav.home", null, "/", 0);
    }

    @Bean
    NavigationItem apiDocsNavigation() {
        return NavigationItem.forEveryone("portal.nav.api", "portal.nav.api.description", "/swagger-ui.html", 990)
                .inMenu(NavigationItem.Menu.REFERENCE);
    }
}
