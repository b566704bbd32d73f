// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Form login and HTTP Basic both authenticate against the accounts in {@code identity.user_account}. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(UserAccounts.normalise(username))
                .map(NetraUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
