// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import id.netra.identity.Role;
import id.netra.identity.account.NetraUserDetails;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a presented bearer token into its owner's principal with one indexed read: the token by the hash of the
 * secret (unique index), joined to the live, enabled owner account and its roles. Expired and revoked tokens and
 * disabled or removed owners find no row, exactly like an unknown token. The lookup is by hash, so how long it takes
 * says nothing about the secret.
 *
 * <p>{@code last_used_at} is written only when it is a minute or more old, so a busy script costs one small UPDATE a
 * minute rather than a write per request.
 */
@Component
public class ApiTokenAuthenticator {

    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenAuthenticator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws InvalidApiTokenException for anything that is not a live token of an enabled account */
    public ApiTokenAuthentication authenticate(String presented) {
        if (!ApiTokenSecrets.wellFormed(presented)) {
            throw new InvalidApiTokenException();
        }
        Instant now = clock.instant();
        Found found = jdbc.sql("""
                        select t.id, t.last_used_at, u.username, u.display_name, u.agency_code, u.region_code,
                               array(select r.role from identity.user_account_role r where r.user_id = u.id) as roles
                        from identity.api_token t
                        join identity.user_account u on u.id = t.user_id
                        where t.secret_hash = :hash and t.revoked_at is null and t.expires_at > :now
                          and u.enabled and u.deleted_at is null""")
                .param("hash", ApiTokenSecrets.hash(presented))
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Found(rs.getObject("id", UUID.class),
                        instant(rs.getTimestamp("last_used_at")),
                        NetraUserDetails.ofTokenOwner(rs.getString("username"), rs.getString("display_name"),
                                roles(rs.getArray("roles")), rs.getString("agency_code"), rs.getString("region_code"))))
                .optional().orElseThrow(InvalidApiTokenException::new);
        if (found.lastUsedAt() == null || !found.lastUsedAt().isAfter(now.minus(LAST_USED_RESOLUTION))) {
            markUsed(found.id(), now);
        }
        return new ApiTokenAuthentication(found.owner(), found.id());
    }

    /** Conditional, so concurrent requests of one script write once between them. */
    private void markUsed(UUID id, Instant now) {
        jdbc.sql("update identity.api_token set last_used_at = :now where id = :id "
                        + "and (last_used_at is null or last_used_at <= :threshold)")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("threshold", Timestamp.from(now.minus(LAST_USED_RESOLUTION)))
                .update();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return roles;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Found(UUID id, Instant lastUsedAt, NetraUserDetails owner) {
    }
}
