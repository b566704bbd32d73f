// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;
import id.netra.identity.UserContact;
import id.netra.identity.UserDirectory;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Enabled, live accounts holding a role, in username order. */
@Component
class AccountUserDirectory implements UserDirectory {

    private final UserAccountRepository accounts;

    AccountUserDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserContact> withRole(Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(account -> new UserContact(account.username(), account.displayName(), account.email(), role,
                        account.agencyCode(), account.regionCode()))
                .toList();
    }
}
