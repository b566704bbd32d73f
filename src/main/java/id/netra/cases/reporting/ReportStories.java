// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import id.netra.cases.application.CaseDetails;
import id.netra.intake.IntakeReports;
import id.netra.reference.ElectionPhaseKind;
import id.netra.reference.ElectionSchedule;
import id.netra.shared.TimeConfiguration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What was reported, for the case page: the reporter's account of the incident (never who the reporter is). Called
 * by the page as {@code @reportStories.of(c)} with case details the user was already allowed to read; an analyst's
 * pseudonymised view gets no free text, as everywhere else.
 */
@Component("reportStories")
public class ReportStories {

    private final IntakeReports reports;
    private final ElectionSchedule schedule;

    ReportStories(IntakeReports reports, ElectionSchedule schedule) {
        this.reports = reports;
        this.schedule = schedule;
    }

    public ReportStory of(CaseDetails details) {
        if (details.reportId() == null) {
            return ReportStory.NONE;
        }
        return reports.find(details.reportId())
                .map(report -> new ReportStory(true, report.id(), report.channel(), report.electionCode(),
                        report.occurredOn(), phase(report.electionCode(), report.occurredOn()),
                        details.pseudonymised() ? null : report.place(),
                        details.pseudonymised() ? null : report.description(),
                        report.receivedAt() == null ? null : report.receivedAt().atZone(TimeConfiguration.WIB),
                        report.mergedInto(), report.reporterMode()))
                .orElse(ReportStory.NONE);
    }

    private ElectionPhaseKind phase(String electionCode, LocalDate occurredOn) {
        return electionCode == null || occurredOn == null ? null
                : schedule.phaseOn(electionCode, occurredOn).orElse(null);
    }

    /** @param phase the election phase the incident date falls in, {@code null} when unknown */
    public record ReportStory(boolean available, UUID reportId, String channel, String electionCode,
            LocalDate occurredOn, ElectionPhaseKind phase, String place, String description,
            ZonedDateTime receivedAt, UUID mergedInto, String reporterMode) {

        static final ReportStory NONE =
                new ReportStory(false, null, null, null, null, null, null, null, null, null, null);
    }
}
