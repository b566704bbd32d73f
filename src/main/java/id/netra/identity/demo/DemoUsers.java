// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.demo;

import id.netra.identity.account.NewUserAccount;
import id.netra.identity.account.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the {@link DemoAccounts} on every start, adding only what is missing, so restarts change nothing and an
 * admin's later edits survive. Runs before the other modules' demo data, which may refer to these users. Off in the
 * {@code prod} profile ({@code netra.demo.enabled=false}).
 */
@Component
@ConditionalOnBooleanProperty("netra.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoUsers implements ApplicationRunner {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (NewUserAccount account : DemoAccounts.ALL) {
            if (!accounts.exists(account.username()) && register(account)) {
                created++;
            }
        }
        log.info("Demo users: {} created, {} already present (password '{}')", created,
                DemoAccounts.ALL.size() - created, DemoAccounts.PASSWORD);
    }

    /** Another instance starting on the same database may win the race for a username; that is fine. */
    private boolean register(NewUserAccount account) {
        try {
            accounts.register(account, SYSTEM);
            return true;
        } catch (DataIntegrityViolationException raced) {
            return false;
        }
    }
}
