// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.demo;

import id.netra.intake.domain.Channel;
import id.netra.intake.submission.ReportSubmission;
import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic report: who sent it and how, when (working days before today, or a fixed day for the 2024 KASN era),
 * whom it names (invented names and NIPs), which evidence is drawn for it and what a handler already told the reporter.
 *
 * @param receivedDaysAgo working days before today, used when {@code receivedOn} is {@code null}
 * @param receipt the 16 digits of the demo receipt for public channels, else {@code null}
 * @param publicMessage a handler's message the reporter reads through the receipt, or {@code null}
 */
record DemoReportStory(String key, Channel channel, ReportSubmission.Reporter reporter, String electionCode,
        String regionCode, String violationCode, int receivedDaysAgo, LocalDate receivedOn, String place,
        String description, List<ReportSubmission.Person> persons, Evidence evidence, String receipt,
        String publicMessage) {

    enum Evidence { NONE, PNG, PDF, PNG_AND_PDF }

    DemoReportStory {
        persons = List.copyOf(persons);
    }
}
