// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.OrganisationCodes;
import id.netra.identity.Role;
import id.netra.shared.AuditEvent;
import id.netra.shared.ConflictException;
import id.netra.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators' account management: open, edit, deactivate, reactivate, reset the password. Each change publishes
 * an {@link AuditEvent} (subject: the user; details: what changed, never a password or its hash) inside its
 * transaction, which the audit trail records or the change fails.
 */
@Service
public class AccountAdministration {

    static final String CREATED = "identity.account.created";
    static final String UPDATED = "identity.account.updated";
    static final String DEACTIVATED = "identity.account.deactivated";
    static final String REACTIVATED = "identity.account.reactivated";
    static final String PASSWORD_RESET = "identity.account.password-reset";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrganisationCodes codes;
    private final JsonMapper json;
    private final AccountRules rules = new AccountRules();

    AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock, OrganisationCodes codes, JsonMapper json) {
        this.json = json;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.codes = codes;
    }

    public AccountRules rules() {
        return rules;
    }

    @Transactional(readOnly = true)
    public List<AccountView> list(AccountFilter filter) {
        return accounts.findAllByOrderByUsername().stream().map(AccountView::of)
                .filter(filter.predicate()).sorted(filter.comparator()).toList();
    }

    @Transactional(readOnly = true)
    public AccountView get(String username) {
        return AccountView.of(live(username));
    }

    /** @param password ignored when {@code generatePassword}; otherwise at least 12 characters */
    @Transactional
    public AccountSecret create(String username, AccountDetails details, String password, boolean generatePassword,
            String actor) {
        rules.checkNew(username, details, password, generatePassword).and(() -> rules.checkKnown(details, codes))
                .orThrow();
        String name = username.strip();
        if (accounts.existsByUsername(name)) {
            throw new ConflictException("identity.account.username-taken");
        }
        String secret = generatePassword ? PasswordGenerator.generate() : password;
        NewUserAccount request = new NewUserAccount(name, details.displayName(), details.email(), secret,
                Set.of(details.role()), details.agencyCode(), details.regionCode(), false);
        UserAccount account = accounts.save(new UserAccount(request, passwordEncoder.encode(secret), clock.instant(),
                actor));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("displayName", details.displayName());
        facts.put("email", details.email());
        facts.put("role", details.role().name());
        putIfPresent(facts, "agencyCode", details.agencyCode());
        putIfPresent(facts, "regionCode", details.regionCode());
        facts.put("passwordGenerated", String.valueOf(generatePassword));
        publish(CREATED, account, actor, facts);
        return new AccountSecret(AccountView.of(account), generatePassword ? secret : null);
    }

    /**
     * @param expectedVersion the version the administrator edited; another change since then is a conflict rather
     *        than being silently overwritten
     */
    @Transactional
    public AccountView update(String username, AccountDetails details, long expectedVersion, String actor) {
        rules.checkDetails(details).and(() -> rules.checkKnown(details, codes)).orThrow();
        UserAccount account = live(username);
        if (account.version() != expectedVersion) {
            throw new ConflictException("identity.admin.stale");
        }
        rules.mayChangeRole(account, details.role(), activeAdmins()).orThrow();
        Map<String, String> changes = new LinkedHashMap<>();
        AccountView before = AccountView.of(account);
        compare(changes, "displayName", before.displayName(), details.displayName());
        compare(changes, "email", before.email(), details.email());
        compare(changes, "roles", String.join(",", before.roles().stream().map(Role::name).toList()),
                details.role().name());
        compare(changes, "agencyCode", before.agencyCode(), details.agencyCode());
        compare(changes, "regionCode", before.regionCode(), details.regionCode());
        if (changes.isEmpty()) {
            return before;
        }
        account.change(details, clock.instant(), actor);
        publish(UPDATED, account, actor, changes);
        return AccountView.of(accounts.save(account));
    }

    @Transactional
    public AccountView deactivate(String username, String actor) {
        UserAccount account = live(username);
        rules.mayDeactivate(actor, account, activeAdmins()).orThrow();
        account.deactivate(clock.instant(), actor);
        publish(DEACTIVATED, account, actor, Map.of());
        return AccountView.of(accounts.save(account));
    }

    @Transactional
    public AccountView reactivate(String username, String actor) {
        UserAccount account = live(username);
        rules.mayReactivate(account).orThrow();
        account.reactivate(clock.instant(), actor);
        publish(REACTIVATED, account, actor, Map.of());
        return AccountView.of(accounts.save(account));
    }

    /** @param password ignored when {@code generatePassword} */
    @Transactional
    public AccountSecret resetPassword(String username, String password, boolean generatePassword, String actor) {
        if (!generatePassword) {
            rules.checkPassword(password).orThrow();
        }
        UserAccount account = live(username);
        String secret = generatePassword ? PasswordGenerator.generate() : password;
        account.changePassword(passwordEncoder.encode(secret), clock.instant(), actor);
        publish(PASSWORD_RESET, account, actor, Map.of("passwordGenerated", String.valueOf(generatePassword)));
        return new AccountSecret(AccountView.of(accounts.save(account)), generatePassword ? secret : null);
    }

    private long activeAdmins() {
        return accounts.findEnabledWithRole(Role.ADMIN).size();
    }

    private UserAccount live(String username) {
        return accounts.findByUsername(UserAccounts.normalise(username))
                .orElseThrow(() -> new NotFoundException("no account " + username));
    }

    private void publish(String action, UserAccount account, String actor, Map<String, String> facts) {
        // sorted keys: the same change always reads the same in the log
        events.publishEvent(new AuditEvent(action, "user", account.username(), actor,
                json.writeValueAsString(new TreeMap<>(facts))));
    }

    private static void compare(Map<String, String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    private static void putIfPresent(Map<String, String> facts, String key, String value) {
        if (value != null) {
            facts.put(key, value);
        }
    }
}
