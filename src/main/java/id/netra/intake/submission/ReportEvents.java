// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import id.netra.intake.ReportReceived;
import id.netra.intake.domain.Report;

/** Builds the public events from the aggregate: never anything of the reporter. */
public final class ReportEvents {

    private ReportEvents() {
    }

    public static ReportReceived received(Report report) {
        return new ReportReceived(report.id(), report.electionCode(), report.regionCode(), report.violationCode(),
                report.occurredOn(), channelOf(report),
                report.persons().stream()
                        .map(person -> new ReportReceived.ReportedPerson(person.id(), person.name(), person.nip(),
                                person.agencyCode(), person.agencyName(),
                                person.positionClass() == null ? null : person.positionClass().name(),
                                person.positionTitle()))
                        .toList(),
                report.createdAt());
    }

    /** Reports imported from BKN's SBT are named by that channel: from the BKN era they take the Satgas-first route. */
    private static String channelOf(Report report) {
        return "SBT".equals(report.sourceSystem()) ? "SBT" : report.channel().name();
    }
}
