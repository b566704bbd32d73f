// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Login throttling for every sign-in channel: being the only {@link AuthenticationProvider} bean, the throttled
 * provider is what both form login and HTTP Basic authenticate with. Limits under
 * {@code netra.identity.sign-in-throttle.*}; docs/identity.md explains them.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottleConfiguration {

    @Bean
    SignInThrottle signInThrottle(Clock clock,
            @Value("${netra.identity.sign-in-throttle.account-failures:5}") int accountFailures,
            @Value("${netra.identity.sign-in-throttle.address-failures:20}") int addressFailures,
            @Value("${netra.identity.sign-in-throttle.window:15m}") Duration window,
            @Value("${netra.identity.sign-in-throttle.lockout:15m}") Duration lockout) {
        return new SignInThrottle(new SignInThrottle.Limits(accountFailures, addressFailures, window, lockout), clock);
    }

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(AccountUserDetailsService accounts,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, SignInAuditor auditor) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, auditor);
    }
}
