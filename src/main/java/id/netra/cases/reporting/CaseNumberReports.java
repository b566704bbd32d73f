// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import id.netra.intake.ReportOfCase;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers intake's report search by case number: "NTR-2024-000012" (or "12") leads to the report the case was opened
 * from. Intake still applies its own scope to the report, so the answer reveals nothing the handler may not list.
 */
@Component
class CaseNumberReports implements ReportOfCase {

    /** The same shape the case queues accept. */
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)(?:NTR-\\d{4}-)?0*(\\d{1,12})");

    private final JdbcClient jdbc;

    CaseNumberReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> reportOf(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher number = CASE_NUMBER.matcher(typed.strip());
        if (!number.matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select report_id from cases.case_file where id = :id")
                .param("id", Long.parseLong(number.group(1))).query(UUID.class).optional();
    }
}
