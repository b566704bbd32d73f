// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import id.netra.identity.token.ApiTokenAuthenticator;
import id.netra.identity.web.ApiAccessDeniedHandler;
import id.netra.identity.web.ApiAuthenticationEntryPoint;
import id.netra.identity.web.ApiTokenAuthenticationFilter;
import id.netra.identity.web.CrossSiteRequestFilter;
import id.netra.identity.web.SignInFailureHandler;
import id.netra.identity.web.UiAuthenticationEntryPoint;
import id.netra.shared.web.ProblemWriter;
import java.util.Collection;
import java.util.List;
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
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for the UI; HTTP Basic or a personal API token ({@code Authorization: Bearer}) for the API. Public pages
 * (home, report form, receipt status), the public API, static assets, OpenAPI and health are open; everything else
 * needs a signed-in user, and admin paths need ADMIN.
 * <p>
 * Two chains: {@code /api/**} and {@code /actuator/**} are stateless (HTTP Basic or bearer token) without CSRF tokens
 * and answer 401/403 as problem+json; a browser's cross-site state-changing request is refused there by
 * {@link CrossSiteRequestFilter} (a browser may replay Basic credentials it has seen), and browsers are never sent a
 * Basic challenge. Everything else is the session-based UI with CSRF protection, where an anonymous visitor is sent
 * to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The platform's own paths open to anonymous callers (sign-in, errors, static assets, API documentation, health);
     * each module adds its public pages and endpoints with a {@link PublicEndpoints} bean of its own.
     */
    static final String[] PUBLIC_PATHS = {
        "/error", "/login", "/css/**", "/js/**", "/img/**", "/vendor/**", "/webjars/**", "/favicon.ico",
        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**", "/actuator/health"
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
    PublicEndpoints platformPublicEndpoints() {
        return PublicEndpoints.of("identity", PUBLIC_PATHS);
    }

    /** The request matchers of every module's public paths: what the filter chains and the access test both read. */
    static List<RequestMatcher> publicMatchers(Collection<PublicEndpoints> contributions) {
        return contributions.stream().flatMap(contribution -> contribution.entries().stream())
                .map(PublicPaths::matcher).toList();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints, ApiAuthenticationEntryPoint entryPoint,
            ApiAccessDeniedHandler accessDenied, ProblemWriter problems, ApiTokenAuthenticator tokens,
            @Value("${netra.security.trusted-origins:}") Set<String> trustedOrigins) throws Exception {
        http.securityMatcher(API_PATHS)
                // before authentication, so a forged request is refused whatever credentials the browser attached
                .addFilterBefore(new CrossSiteRequestFilter(problems, trustedOrigins), BasicAuthenticationFilter.class)
                // personal API tokens (Authorization: Bearer), checked by a hash lookup instead of bcrypt
                .addFilterAfter(new ApiTokenAuthenticationFilter(tokens, entryPoint), CrossSiteRequestFilter.class)
                .authorizeHttpRequests(requests -> authorize(requests, publicMatchers(publicEndpoints)))
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
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints, UiAuthenticationEntryPoint loginPage,
            ApiAuthenticationEntryPoint apiEntryPoint, SignInFailureHandler signInFailed) throws Exception {
        http.authorizeHttpRequests(requests -> authorize(requests, publicMatchers(publicEndpoints)))
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
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            List<RequestMatcher> publicPaths) {
        publicPaths.forEach(matcher -> requests.requestMatchers(matcher).permitAll());
        requests.requestMatchers(ADMIN_PATHS).hasRole(Role.ADMIN.name())
                .anyRequest().authenticated();
    }
}
