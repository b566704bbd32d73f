// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.reporter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sealed identities of confidential and open reporters. Nothing outside the intake module can reach this class
 * (module boundary), and inside it only the identity-disclosure service opens a seal, after the custodian check.
 */
@Repository
public class ReporterIdentityStore {

    private final JdbcClient jdbc;
    private final IdentitySeal seal;
    private final Clock clock;

    ReporterIdentityStore(JdbcClient jdbc, IdentitySeal seal, Clock clock) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.clock = clock;
    }

    public void keep(UUID reportId, ReporterIdentity identity) {
        IdentitySeal.Sealed sealed = seal.seal(reportId, identity);
        jdbc.sql("""
                insert into intake.reporter_identity (report_id, key_id, ciphertext, created_at)
                values (:reportId, :keyId, :ciphertext, :createdAt)""")
                .param("reportId", reportId)
                .param("keyId", sealed.keyId())
                .param("ciphertext", sealed.bytes())
                .param("createdAt", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .update();
    }

    public boolean isKept(UUID reportId) {
        return jdbc.sql("select count(*) from intake.reporter_identity where report_id = :reportId")
                .param("reportId", reportId).query(Integer.class).single() > 0;
    }

    /** Opens the sealed identity; callers must have checked custody and must audit the opening. */
    Optional<ReporterIdentity> open(UUID reportId) {
        return jdbc.sql("select key_id, ciphertext from intake.reporter_identity where report_id = :reportId")
                .param("reportId", reportId)
                .query((rs, row) -> new IdentitySeal.Sealed(rs.getString("key_id"), rs.getBytes("ciphertext")))
                .optional()
                .map(sealed -> seal.open(reportId, sealed));
    }
}
