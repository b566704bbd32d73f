// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.shared.web.ProblemWriter;

import id.netra.identity.account.SignInThrottledException;
import id.netra.identity.token.InvalidApiTokenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * API callers without (valid) credentials get 401 problem+json, never the login page; while sign-in is throttled
 * for their account or address, 429 with {@code Retry-After}; a bearer token that does not authenticate (unknown,
 * expired, revoked, or its owner disabled: one answer for all) gets 401 with a {@code Bearer} challenge. Only non-browser clients get
 * the {@code WWW-Authenticate: Basic} challenge: a browser answers a challenge with its password dialog and then
 * replays the credentials on every later request to Netra, including ones another site makes it send.
 */
@Component
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    ApiAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        if (authException instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds() + 1));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "identity.problem.sign-in-throttled",
                    throttled.retryAfterMinutes());
            return;
        }
        if (authException instanceof InvalidApiTokenException) {
            // RFC 6750: the bearer scheme's own challenge; a browser shows no dialog for it
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Netra\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "identity.problem.token-invalid");
            return;
        }
        if (!fromBrowser(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Netra\", charset=\"UTF-8\"");
        }
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "identity.problem.unauthenticated");
    }

    /**
     * Browsers send {@code Sec-Fetch-*} on every request (all current ones do) and ask for HTML when navigating;
     * curl, scripts and API libraries do neither.
     */
    static boolean fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Sec-Fetch-Dest") != null) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
