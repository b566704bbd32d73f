// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import java.time.Instant;
import java.util.UUID;

/**
 * A token as its owner and administrators see it: never the secret nor its hash.
 *
 * @param prefix the token's first characters, enough to recognise it ({@code netra_ab12CD34})
 * @param lastUsedAt the last authenticated request, to the minute; {@code null} if never used
 * @param status {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED} at the time of the answer
 */
public record ApiTokenView(UUID id, String owner, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, String revokedBy, Status status) {

    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    static ApiTokenView of(ApiToken token, String owner, Instant now) {
        Status status = token.revoked() ? Status.REVOKED
                : token.expiresAt().isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
        return new ApiTokenView(token.id(), owner, token.name(), token.prefix(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.revokedBy(), status);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
