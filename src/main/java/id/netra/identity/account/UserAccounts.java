// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.shared.ConflictException;
import id.netra.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, disables and removes staff accounts; passwords are hashed here and nowhere else. */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public UserAccount register(NewUserAccount request, String actor) {
        if (accounts.existsByUsername(request.username())) {
            throw new ConflictException("identity.account.username-taken");
        }
        String hash = passwordEncoder.encode(request.rawPassword());
        return accounts.save(new UserAccount(request, hash, now(), actor));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(normalise(username));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(normalise(username));
    }

    @Transactional
    public void disable(String username, String actor) {
        live(username).disable(now(), actor);
    }

    /** Soft delete: the row stays for the record, the username becomes free again. */
    @Transactional
    public void remove(String username, String actor) {
        live(username).remove(now(), actor);
    }

    private UserAccount live(String username) {
        return accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new NotFoundException("no account " + username));
    }

    private Instant now() {
        return clock.instant();
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
