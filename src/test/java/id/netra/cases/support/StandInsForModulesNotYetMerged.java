// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.audit.AuditTrail;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.identity.UserContact;
import id.netra.identity.UserDirectory;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Test-only stand-ins for beans that the identity and audit branches provide once merged. Registered as
 * an auto-configuration so each {@code @ConditionalOnMissingBean} is decided after every real bean is known: when
 * the real module is on the classpath its bean wins and the stand-in disappears.
 */
@AutoConfiguration
public class StandInsForModulesNotYetMerged {

    @Bean
    @ConditionalOnMissingBean
    AuditTrail standInAuditTrail() {
        return event -> {
        };
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentUserProvider standInCurrentUserProvider() {
        return new DetailsCurrentUserProvider();
    }

    @Bean
    @ConditionalOnMissingBean
    UserDirectory standInUserDirectory() {
        return role -> List.of(new UserContact(role.name().toLowerCase().replace('_', '-'), role.name(),
                role.name().toLowerCase().replace('_', '-') + "@netra.test", role,
                role == Role.PPK_OFFICER ? "PEMKAB-36.01" : null, role == Role.PPK_OFFICER ? "36.01" : null));
    }
}
