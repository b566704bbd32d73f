// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps each account's last sign-in through the login form, for the administrators' list. HTTP Basic calls are not
 * sign-ins (every API request authenticates). A plain UPDATE that leaves the version alone, so a sign-in never turns
 * an administrator's concurrent edit into a conflict.
 */
@Component
class SignInRecorder {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        jdbc.sql("update identity.user_account set last_signed_in_at = :at where username = :username "
                        + "and deleted_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("username", UserAccounts.normalise(event.getAuthentication().getName()))
                .update();
    }
}
