// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

/**
 * An account together with the password Netra generated for it, which exists only in this answer: it is stored
 * hashed and never shown again. {@code generatedPassword} is {@code null} when the administrator chose one.
 */
public record AccountSecret(AccountView account, String generatedPassword) {
}
