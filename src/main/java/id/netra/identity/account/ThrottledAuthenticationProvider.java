// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.SignInLockedOut;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of form login and HTTP Basic alike, behind the {@link SignInThrottle}: a locked account or
 * address is refused before its password is compared, wrong passwords are counted, and a lockout is published as
 * {@link SignInLockedOut} for the audit trail.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle,
            ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
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
            throttle.failed(username, address).forEach(lockout -> events.publishEvent(
                    new SignInLockedOut(lockout.scope(), lockout.key(), lockout.failures(), lockout.until())));
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
