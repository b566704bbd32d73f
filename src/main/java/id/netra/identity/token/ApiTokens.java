// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import id.netra.identity.account.UserAccount;
import id.netra.identity.account.UserAccounts;
import id.netra.shared.AuditEvent;
import id.netra.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens: a user lists, creates and revokes their own; administrators list and revoke anyone's.
 * Creating and revoking publish an {@link AuditEvent} (subject: the token; details: owner, name, prefix, expiry,
 * never the secret) inside the transaction, so a change the audit trail cannot record is not made.
 */
@Service
public class ApiTokens {

    static final String CREATED = "identity.token.created";
    static final String REVOKED = "identity.token.revoked";

    private final ApiTokenRepository tokens;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final ApiTokenRules rules = new ApiTokenRules();

    ApiTokens(ApiTokenRepository tokens, UserAccounts accounts, ApplicationEventPublisher events, Clock clock,
            JsonMapper json) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    public ApiTokenRules rules() {
        return rules;
    }

    /** The owner's tokens, newest first, including expired and revoked ones. */
    @Transactional(readOnly = true)
    public List<ApiTokenView> list(String username) {
        UserAccount owner = owner(username);
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.id()).stream()
                .map(token -> ApiTokenView.of(token, owner.username(), now)).toList();
    }

    /**
     * A new token for the signed-in user {@code username}, valid for {@code expiresInDays} (default 90). The answer
     * holds the secret, which is never stored nor shown again. Refused (422) when the caller is itself
     * authenticated by a token, see {@link ApiTokenRules#checkCreatedWithPassword}.
     */
    @Transactional
    public NewApiToken create(String username, String name, Integer expiresInDays) {
        rules.checkCreatedWithPassword(callerUsesToken()).and(() -> rules.checkNew(name, expiresInDays)).orThrow();
        UserAccount owner = owner(username);
        Instant now = clock.instant();
        int days = expiresInDays == null ? ApiTokenRules.DEFAULT_DAYS : expiresInDays;
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.save(new ApiToken(owner.id(), name.strip(), ApiTokenSecrets.hash(secret),
                ApiTokenSecrets.prefix(secret), now, now.plus(Duration.ofDays(days))));
        Map<String, String> facts = facts(token, owner.username());
        facts.put("expiresAt", token.expiresAt().toString());
        publish(CREATED, token, owner.username(), facts);
        return new NewApiToken(ApiTokenView.of(token, owner.username(), now), secret);
    }

    /**
     * Revokes one of {@code username}'s tokens; {@code actor} is the owner or an administrator. A token of someone
     * else, or none at all, is 404 either way. Revoking a revoked token changes nothing.
     */
    @Transactional
    public ApiTokenView revoke(String username, UUID id, String actor) {
        UserAccount owner = owner(username);
        ApiToken token = tokens.findByIdAndUserId(id, owner.id())
                .orElseThrow(() -> new NotFoundException("no token " + id));
        Instant now = clock.instant();
        if (!token.revoked()) {
            token.revoke(now, actor);
            tokens.save(token);
            publish(REVOKED, token, actor, facts(token, owner.username()));
        }
        return ApiTokenView.of(token, owner.username(), now);
    }

    private UserAccount owner(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("no account " + username));
    }

    private static boolean callerUsesToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication;
    }

    private static Map<String, String> facts(ApiToken token, String owner) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("owner", owner);
        facts.put("name", token.name());
        facts.put("prefix", token.prefix());
        return facts;
    }

    private void publish(String action, ApiToken token, String actor, Map<String, String> facts) {
        events.publishEvent(new AuditEvent(action, "api-token", token.id().toString(), actor,
                json.writeValueAsString(facts)));
    }
}
