// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.shared.AuditEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts sign-ins, failed attempts and sign-outs on the audit trail. Successful HTTP Basic calls are not recorded:
 * the API authenticates every request, so each call would be a "sign-in"; what API callers do is audited by the
 * modules that serve them. Failures are recorded for every channel, since they are what an intrusion looks like.
 * Like every module, identity publishes {@link AuditEvent}s and the audit module records them synchronously.
 */
@Component
class SignInAuditor {

    static final String SIGNED_IN = "identity.signed-in";
    static final String SIGN_IN_FAILED = "identity.sign-in-failed";
    static final String SIGNED_OUT = "identity.signed-out";
    static final String SIGN_IN_LOCKED = "identity.sign-in-locked";
    private static final int MAX_ATTEMPTED_NAME = 100;

    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    SignInAuditor(ApplicationEventPublisher events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        events.publishEvent(new AuditEvent(SIGNED_IN, "user", who.getName(), who.getName(), details(who, null)));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String attemptedName = truncate(attempt.getName());
        events.publishEvent(new AuditEvent(SIGN_IN_FAILED, "user", attemptedName, "anonymous",
                details(attempt, event.getException().getClass().getSimpleName())));
    }

    /** A lockout by the login throttle: who or what was locked, after how many failures, until when. */
    void lockedOut(SignInThrottle.Lockout lockout) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("failures", lockout.failures());
        details.put("until", lockout.until().toString());
        events.publishEvent(new AuditEvent(SIGN_IN_LOCKED, "account".equals(lockout.scope()) ? "user" : "address",
                truncate(lockout.key()), "system", json.writeValueAsString(details)));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        events.publishEvent(new AuditEvent(SIGNED_OUT, "user", who.getName(), who.getName(), details(who, null)));
    }

    private String details(Authentication authentication, String failure) {
        Map<String, String> details = new LinkedHashMap<>();
        if (authentication.getDetails() instanceof WebAuthenticationDetails web) {
            details.put("remoteAddress", web.getRemoteAddress());
        }
        if (failure != null) {
            details.put("reason", failure);
        }
        return json.writeValueAsString(details);
    }

    /** The attempted name is whatever was typed, possibly long garbage; its start is enough to spot a pattern. */
    private static String truncate(String name) {
        if (name == null || name.isBlank()) {
            return "(none)";
        }
        return name.length() <= MAX_ATTEMPTED_NAME ? name : name.substring(0, MAX_ATTEMPTED_NAME);
    }
}
