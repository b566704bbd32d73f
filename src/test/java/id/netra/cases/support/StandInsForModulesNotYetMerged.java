// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.audit.AuditTrail;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Test-only stand-in for the audit trail until the branch that implements it is merged. Registered as an
 * auto-configuration so the {@code @ConditionalOnMissingBean} is decided after every real bean is known: once the
 * real trail exists this stand-in disappears.
 */
@AutoConfiguration
public class StandInsForModulesNotYetMerged {

    @Bean
    @ConditionalOnMissingBean
    AuditTrail standInAuditTrail() {
        return event -> {
        };
    }
}
