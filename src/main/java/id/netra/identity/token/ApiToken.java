// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token: who owns it, what the owner called it, and the SHA-256 hash of its secret, never the secret.
 * Revocation is soft (the row stays, with who revoked it and when) so that the list and the audit trail keep naming
 * it. {@code last_used_at} is written by {@link ApiTokenAuthenticator} with a plain UPDATE, never through this entity.
 */
@Entity
@Table(name = "api_token", schema = "identity")
class ApiToken {

    @Id
    private UUID id;

    private UUID userId;
    private String name;
    private String secretHash;
    private String prefix;
    private Instant createdAt;
    private Instant expiresAt;

    @Column(insertable = false, updatable = false)
    private Instant lastUsedAt;

    private Instant revokedAt;
    private String revokedBy;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(UUID userId, String name, String secretHash, String prefix, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.secretHash = secretHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant now, String actor) {
        this.revokedAt = now;
        this.revokedBy = actor;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revokedBy() {
        return revokedBy;
    }

    boolean revoked() {
        return revokedAt != null;
    }
}
