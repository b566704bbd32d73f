// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.Map;

/**
 * An administrator changed an account. Published synchronously inside the changing transaction, so that the audit
 * module (which depends on identity, not the other way round) records it in the same transaction or the change fails.
 *
 * @param action dotted and past tense: {@code identity.account.created}, {@code .updated}, {@code .deactivated},
 *        {@code .reactivated}, {@code .password-reset}
 * @param username the account changed
 * @param actor the administrator
 * @param changes what changed, field to {@code old → new} or to the new value; never a password or its hash
 */
public record AccountAdministered(String action, String username, String actor, Map<String, String> changes) {

    public AccountAdministered {
        changes = Map.copyOf(changes);
    }
}
