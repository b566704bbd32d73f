// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

/**
 * A token just created, with its secret: this answer is the only place the secret ever appears. Netra keeps its
 * SHA-256 hash and cannot show it again.
 */
public record NewApiToken(ApiTokenView token, String secret) {
}
