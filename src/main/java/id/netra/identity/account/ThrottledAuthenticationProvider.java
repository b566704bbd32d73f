// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of form login and HTTP Basic alike, behind the {@link SignInThrottle}: a locked account or
 * address is refused before its password is compared, wrong passwords are counted, and a lockout is put on the
 * audit trail by the {@link SignInAuditor}.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAuditor auditor;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle,
            SignInAuditor auditor) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditor = auditor;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? null : UserAccounts.normalise(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInThrottle.Decision decision = throttle.check(username, address);
        if (!decision.allowed()) {
            throw new SignInThrottledException(decision.lockedScope(), decision.retryAfter());
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address).forEach(auditor::lockedOut);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
