// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for the UI, HTTP Basic for the API. Public pages (home, report form, receipt status), the public API,
 * static assets, OpenAPI and health are open; everything else needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/", "/error", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**", "/actuator/health",
        "/lapor", "/lapor/**"
    };

    /** Public intake API (issue 3): POST only, receipt in the body, no session, so no CSRF token either. */
    static final String[] PUBLIC_POST_PATHS = {
        "/api/v1/reports", "/api/v1/reports/status", "/api/v1/reports/messages", "/api/v1/reports/evidence",
        "/api/v1/reports/*/evidence"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_POST_PATHS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers(Arrays.stream(PUBLIC_POST_PATHS)
                        .map(path -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
                        .toArray(RequestMatcher[]::new)));
        return http.build();
    }
}
