// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import id.netra.identity.web.ApiAccessDeniedHandler;
import id.netra.identity.web.ApiAuthenticationEntryPoint;
import id.netra.identity.web.CrossSiteRequestFilter;
import id.netra.shared.web.ProblemWriter;
import id.netra.identity.web.SignInFailureHandler;
import id.netra.identity.web.UiAuthenticationEntryPoint;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Form login for the UI, HTTP Basic for the API. Public pages (home, report form, receipt status), the public API,
 * static assets, OpenAPI and health are open; everything else needs a signed-in user, and admin paths need ADMIN.
 * <p>
 * Two chains: {@code /api/**} and {@code /actuator/**} are stateless HTTP Basic without CSRF tokens and answer
 * 401/403 as problem+json; a browser's cross-site state-changing request is refused there by
 * {@link CrossSiteRequestFilter} (a browser may replay Basic credentials it has seen), and browsers are never sent a
 * Basic challenge. Everything else is the session-based UI with CSRF protection, where an anonymous visitor is sent
 * to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Paths open to anonymous callers: a path pattern (any method) or {@code "METHOD /pattern"} for one method only.
     * The endpoint access test reads this same list, so adding a public endpoint means adding it here.
     */
    static final String[] PUBLIC_PATHS = {
        "/", "/error", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**", "/actuator/health",
        // intake (issue 3): the report form and receipt pages, and the public report API (receipt in the body)
        "/lapor", "/lapor/**", "POST /api/v1/reports", "POST /api/v1/reports/status", "POST /api/v1/reports/messages",
        "POST /api/v1/reports/evidence", "POST /api/v1/reports/*/evidence",
        // analytics (issue 12): the public portal, its map data and open-data files, and the public statistics API
        "GET /publik", "GET /publik/**", "GET /api/v1/public/**"
    };

    static final String[] ADMIN_PATHS = {"/admin/**", "/api/v1/admin/**"};

    static final String[] API_PATHS = {"/api/**", "/actuator/**"};

    /**
     * No inline script, style element or {@code eval} anywhere (behaviour lives in /js, htmx's own indicator style is
     * switched off in the layout and kept in netra.css), nothing from other hosts, no plugins, no framing, and forms
     * post only back to Netra. {@code data:} images are Pico's inline SVG icons.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiAuthenticationEntryPoint entryPoint,
            ApiAccessDeniedHandler accessDenied, ProblemWriter problems,
            @Value("${netra.security.trusted-origins:}") Set<String> trustedOrigins) throws Exception {
        http.securityMatcher(API_PATHS)
                // before authentication, so a forged request is refused whatever credentials the browser attached
                .addFilterBefore(new CrossSiteRequestFilter(problems, trustedOrigins), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(SecurityConfiguration::authorize)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::hardenedHeaders)
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, UiAuthenticationEntryPoint loginPage,
            ApiAuthenticationEntryPoint apiEntryPoint, SignInFailureHandler signInFailed) throws Exception {
        http.authorizeHttpRequests(SecurityConfiguration::authorize)
                .formLogin(form -> form.loginPage("/login").failureHandler(signInFailed).permitAll())
                // lets scripts and tests fetch pages such as the CSV exports with a password instead of a session;
                // a wrong password gets the API's 401, which challenges scripts but never a browser
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginPage))
                // always back to the login page; with HTTP Basic on, Spring would answer 204 to non-HTML requests
                .logout(logout -> logout.logoutSuccessHandler(signedOut()).permitAll())
                .headers(SecurityConfiguration::hardenedHeaders);
        return http.build();
    }

    /** On every response: the CSP above, no referrer (case and report ids are in our URLs), no framing. */
    private static void hardenedHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frames -> frames.deny());
    }

    private static LogoutSuccessHandler signedOut() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        PublicPaths.matchers(PUBLIC_PATHS).forEach(matcher -> requests.requestMatchers(matcher).permitAll());
        requests.requestMatchers(ADMIN_PATHS).hasRole(Role.ADMIN.name())
                .anyRequest().authenticated();
    }
}
