// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escalation e-mails the mail server has not taken yet: the case changes whose mail listener has not completed in
 * the event publication registry. {@link FailedMailRetry} sends them again; the outgoing mail page marks them "not
 * delivered, will retry" so that a failure is visible without reading the log.
 */
@Component
public class UndeliveredMail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    UndeliveredMail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Pending> pending() {
        return jdbc.sql("""
                select publication_date, serialized_event from event_publication
                 where completion_date is null and listener_id like :listener
                 order by publication_date desc limit 100""")
                .param("listener", "%" + EscalationMailer.class.getSimpleName() + "%")
                .query((rs, n) -> pending(rs.getTimestamp(1).toInstant(), rs.getString(2)))
                .list();
    }

    private Pending pending(Instant since, String event) {
        JsonNode node = json.readTree(event);
        return new Pending(since, node.path("caseId").asLong(), node.path("action").asText());
    }

    /** @param action the case step whose e-mail waits, e.g. RECOMMEND */
    public record Pending(Instant since, long caseId, String action) {
    }
}
