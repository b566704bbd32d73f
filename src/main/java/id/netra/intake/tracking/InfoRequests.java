// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questions Bawaslu asks a reporter through the receipt: at most one open per report (a unique index keeps it
 * so). The question is the officer's stated reason for asking, without their name; it is closed when the officer
 * records the information as complete, and kept for the history.
 */
@Component
public class InfoRequests {

    private final JdbcClient jdbc;
    private final Clock clock;

    InfoRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return {@code false} when a question is already open for the report (it stays as it was asked) */
    public boolean open(UUID reportId, String question, String askedBy) {
        return jdbc.sql("""
                insert into intake.info_request (report_id, question, asked_at, asked_by)
                values (:reportId, :question, :at, :by) on conflict do nothing""")
                .param("reportId", reportId).param("question", question).param("at", now()).param("by", askedBy)
                .update() == 1;
    }

    /** The reporter sent a message or evidence while a question was open; the first answer counts. */
    public void answered(UUID reportId) {
        jdbc.sql("""
                update intake.info_request set answered_at = :at
                where report_id = :reportId and closed_at is null and answered_at is null""")
                .param("reportId", reportId).param("at", now()).update();
    }

    /** @return {@code false} when no question was open */
    public boolean close(UUID reportId) {
        return jdbc.sql("update intake.info_request set closed_at = :at where report_id = :reportId and closed_at is null")
                .param("reportId", reportId).param("at", now()).update() == 1;
    }

    public Optional<OpenQuestion> openFor(UUID reportId) {
        return jdbc.sql("select question, asked_at, answered_at from intake.info_request "
                        + "where report_id = :reportId and closed_at is null")
                .param("reportId", reportId).query(InfoRequests::map).optional();
    }

    private java.time.OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    private static OpenQuestion map(ResultSet rs, int row) throws SQLException {
        var answered = rs.getTimestamp("answered_at");
        return new OpenQuestion(rs.getString("question"), rs.getTimestamp("asked_at").toInstant(),
                answered == null ? null : answered.toInstant());
    }

    /** @param answeredAt when the reporter first replied, or {@code null} */
    public record OpenQuestion(String question, Instant askedAt, Instant answeredAt) {

        public boolean answered() {
            return answeredAt != null;
        }
    }
}
