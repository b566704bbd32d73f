// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Anonymous visitors of a page go to the login page. An htmx request (for example after the session expired) gets
 * 401 with {@code HX-Redirect} instead, so the whole page moves to the login form rather than the form being
 * swapped into a fragment of the old page.
 */
@Component
public class UiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String LOGIN_PAGE = "/login";

    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + LOGIN_PAGE);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        loginPage.commence(request, response, authException);
    }
}
