// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.message;

import id.netra.intake.message.Message.AuthorKind;
import id.netra.intake.message.Message.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The message threads of reports: append-only, read either in full (handlers) or public-only (reporter). */
@Repository
public class MessageThread {

    private final JdbcClient jdbc;
    private final Clock clock;

    MessageThread(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Message fromReporter(UUID reportId, String body) {
        return append(reportId, AuthorKind.REPORTER, Message.REPORTER_AUTHOR, Visibility.PUBLIC, body);
    }

    public Message fromHandler(UUID reportId, String username, Visibility visibility, String body) {
        return append(reportId, AuthorKind.HANDLER, username, visibility, body);
    }

    /** What the reporter may read: public messages only, oldest first. */
    public List<Message> publicThread(UUID reportId) {
        return jdbc.sql("select * from intake.message where report_id = :reportId and visibility = 'PUBLIC' "
                        + "order by created_at, id")
                .param("reportId", reportId).query(MessageThread::map).list();
    }

    /** Everything, internal notes included, for handlers. */
    public List<Message> fullThread(UUID reportId) {
        return jdbc.sql("select * from intake.message where report_id = :reportId order by created_at, id")
                .param("reportId", reportId).query(MessageThread::map).list();
    }

    private Message append(UUID reportId, AuthorKind kind, String author, Visibility visibility, String body) {
        Message message = new Message(UUID.randomUUID(), reportId, kind, author, visibility, body, Instant.now(clock));
        jdbc.sql("""
                insert into intake.message (id, report_id, author_kind, author, visibility, body, created_at)
                values (:id, :reportId, :kind, :author, :visibility, :body, :createdAt)""")
                .param("id", message.id())
                .param("reportId", reportId)
                .param("kind", kind.name())
                .param("author", author)
                .param("visibility", visibility.name())
                .param("body", body)
                .param("createdAt", message.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        return message;
    }

    private static Message map(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
                AuthorKind.valueOf(rs.getString("author_kind")), rs.getString("author"),
                Visibility.valueOf(rs.getString("visibility")), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant());
    }
}
