// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes carry their algorithm as a prefix ({@code {bcrypt}...}) so a stronger one can be introduced later without
 * invalidating stored passwords. The bcrypt cost is configurable because HTTP Basic checks it on every API call; the
 * test build lowers it to keep the suite fast.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(@Value("${netra.identity.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
