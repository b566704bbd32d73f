// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.shared.AuditEvent;
import id.netra.identity.CurrentUser;
import id.netra.intake.ReportMerged;
import id.netra.intake.domain.Report;
import id.netra.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handler's answer to a duplicate flag, seen from one report's page: link the other report as related, merge the
 * other into this one, or dismiss the flag. The handler must handle both reports.
 */
@Service
public class DuplicateDecisions {

    public enum Decision { LINK, MERGE, DISMISS }

    private final HandledReports reports;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuplicateDecisions(HandledReports reports, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void decide(CurrentUser user, UUID reportId, UUID flagId, Decision decision) {
        Map<String, Object> flag = jdbc.sql("""
                select report_id, other_report_id, status from intake.duplicate_flag
                 where id = :flag and (report_id = :report or other_report_id = :report) for update""")
                .param("flag", flagId).param("report", reportId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("flag " + flagId));
        UUID otherId = reportId.equals(flag.get("report_id")) ? (UUID) flag.get("other_report_id")
                : (UUID) flag.get("report_id");
        Report main = reports.load(user, reportId);
        Report other = reports.load(user, otherId);
        id.netra.shared.Decision.when("OPEN".equals(flag.get("status")), "intake.duplicate.already-decided")
                .orThrow();
        Instant now = Instant.now(clock);
        if (decision == Decision.MERGE) {
            other.mergeInto(main, now);
            events.publishEvent(new ReportMerged(other.id(), main.id(), user.username(), now));
        }
        String status = switch (decision) {
            case LINK -> "LINKED";
            case MERGE -> "MERGED";
            case DISMISS -> "DISMISSED";
        };
        jdbc.sql("update intake.duplicate_flag set status = :status, decided_at = :at, decided_by = :by where id = :id")
                .param("status", status).param("at", now.atOffset(ZoneOffset.UTC)).param("by", user.username())
                .param("id", flagId).update();
        events.publishEvent(new AuditEvent("report.duplicate-" + status.toLowerCase(java.util.Locale.ROOT), "report",
                main.id().toString(), user.username(), "other=" + other.id()));
    }
}
