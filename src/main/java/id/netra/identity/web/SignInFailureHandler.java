// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.account.SignInThrottledException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A failed form sign-in goes back to the login page: with the usual message, or, while sign-in is throttled, with
 * how many minutes to wait. The page says the same whether the name or the password was wrong.
 */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    private final SimpleUrlAuthenticationFailureHandler wrongPassword =
            new SimpleUrlAuthenticationFailureHandler(UiAuthenticationEntryPoint.LOGIN_PAGE + "?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInThrottledException throttled) {
            response.sendRedirect(request.getContextPath() + UiAuthenticationEntryPoint.LOGIN_PAGE + "?locked="
                    + throttled.retryAfterMinutes());
            return;
        }
        wrongPassword.onAuthenticationFailure(request, response, exception);
    }
}
