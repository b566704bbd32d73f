// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.ProductionLimitsIntegrationTest;
import id.netra.testing.TestUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8, web hardening, over real HTTP through Tomcat: the security headers on pages, API answers and errors, and
 * the session cookie (SameSite, HttpOnly, Secure behind a TLS proxy, a new id at sign-in). The forwarded-headers
 * strategy is the one the prod profile uses behind a reverse proxy.
 */
@ProductionLimitsIntegrationTest
class WebHardeningIntegrationTests {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyKindOfResponse_carriesThePolicyNoReferrerAndNoFraming() throws Exception {
        for (String path : List.of("/", "/login", "/lapor", "/css/netra.css", "/api/v1/regions", "/api/v1/me",
                "/halaman-yang-tidak-ada", "/admin/users")) {
            HttpResponse<String> response = get(path, null, false);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                            "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void sessionCookie_isLaxAndHttpOnly_andSignInIssuesANewId() throws Exception {
        HttpResponse<String> login = get("/login", null, false);
        String before = cookie(login).orElseThrow();
        assertThat(setCookie(login)).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");

        HttpResponse<String> signedIn = signIn(before, csrf(login.body()), false);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        String after = cookie(signedIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(setCookie(signedIn)).contains("SameSite=Lax", "HttpOnly");
    }

    @Test
    void behindATlsProxy_theSessionCookieIsSecure() throws Exception {
        HttpResponse<String> login = get("/login", null, true);
        assertThat(setCookie(login)).contains("Secure", "SameSite=Lax", "HttpOnly");

        HttpResponse<String> signedIn = signIn(cookie(login).orElseThrow(), csrf(login.body()), true);

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).startsWith("https://"));
        assertThat(setCookie(signedIn)).contains("Secure", "SameSite=Lax");
    }

    private HttpResponse<String> signIn(String session, String csrf, boolean tls) throws Exception {
        String form = "username=supervisor&password=" + TestUsers.demoPassword() + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (tls) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String session, boolean tls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (tls) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set"));
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).findFirst();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF token on the login page").isTrue();
        return matcher.group(1);
    }
}
