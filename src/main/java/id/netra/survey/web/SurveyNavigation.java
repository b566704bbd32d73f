// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The survey module's menu entry, for analysts and administrators. */
@Configuration(proxyBeanMethods = false)
class SurveyNavigation {

    @Bean
    NavigationItem surveyResultsNavigation() {
        return NavigationItem.forRoles("survey.nav", "survey.nav.description", "/surveys", 600, Role.ANALYST,
                Role.ADMIN).inMenu(NavigationItem.Menu.ANALYSIS);
    }
}
