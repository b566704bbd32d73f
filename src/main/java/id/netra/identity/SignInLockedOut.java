// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.time.Instant;

/**
 * Too many failed sign-ins: the account or the network address is refused until {@code until}, even with the right
 * password. Published once per lockout, for the audit trail.
 *
 * @param scope {@code account} or {@code address}
 * @param key the (normalised) username or the address that is locked
 * @param failures how many failures within the window caused it
 */
public record SignInLockedOut(String scope, String key, int failures, Instant until) {
}
