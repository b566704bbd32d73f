// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused by the {@link SignInThrottle}, before the password was looked at. */
public class SignInThrottledException extends LockedException {

    private final transient Duration retryAfter;

    public SignInThrottledException(String scope, Duration retryAfter) {
        super("sign-in refused for a while: too many failures for this " + scope);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, for people; at least one. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
