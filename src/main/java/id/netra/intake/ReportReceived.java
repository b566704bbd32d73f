// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A report was committed. Published once per report; the cases module opens one case per reported person. Carries
 * no reporter identity.
 *
 * @param violationCode a catalogue code such as {@code DS-2}, or {@code null} when the reporter was not sure
 * @param channel how it came in: {@code PUBLIC_WEB}, {@code PUBLIC_API}, {@code BAWASLU_FINDING}, {@code IMPORT},
 *     or {@code SBT} for a report imported from BKN's SBT
 * @param synthetic a demo report ({@code netra.demo.enabled}): its cases are demo cases, labelled as such and never
 *     notified to anyone outside Netra
 */
public record ReportReceived(UUID reportId, String electionCode, String regionCode, String violationCode,
        LocalDate occurredOn, String channel, List<ReportedPerson> persons, Instant receivedAt, boolean synthetic) {

    public ReportReceived {
        persons = List.copyOf(persons);
    }

    /** A real (not synthetic) report. */
    public ReportReceived(UUID reportId, String electionCode, String regionCode, String violationCode,
            LocalDate occurredOn, String channel, List<ReportedPerson> persons, Instant receivedAt) {
        this(reportId, electionCode, regionCode, violationCode, occurredOn, channel, persons, receivedAt, false);
    }

    /**
     * One reported civil servant.
     *
     * @param agencyCode resolved agency, or {@code null} when the free-text agency name matched none
     */
    public record ReportedPerson(UUID personId, String name, String nip, String agencyCode, String agencyName,
            String positionClass, String positionTitle) {
    }
}
