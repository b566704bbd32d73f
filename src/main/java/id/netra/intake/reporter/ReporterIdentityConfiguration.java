// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.reporter;

import id.netra.intake.config.IntakeProperties;
import id.netra.intake.config.SecretKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReporterIdentityConfiguration {

    @Bean
    IdentitySeal identitySeal(IntakeProperties properties) {
        return new IdentitySeal(SecretKeys.decode("identity-key", properties.identityKeyId(),
                properties.identityKey(), properties.identityOldKeys()));
    }
}
