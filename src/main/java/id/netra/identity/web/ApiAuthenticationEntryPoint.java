// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** API callers without (valid) credentials get 401 problem+json and a Basic challenge, never the login page. */
@Component
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final SecurityProblemWriter problems;

    ApiAuthenticationEntryPoint(SecurityProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Netra\", charset=\"UTF-8\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "identity.problem.unauthenticated");
    }
}
