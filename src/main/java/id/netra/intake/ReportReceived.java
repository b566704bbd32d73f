// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 */
// publications stored by earlier releases carry a "synthetic" flag that the event no longer has: read them anyway
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportReceived(UUID reportId, String electionCode, String regionCode, String violationCode,
        LocalDate occurredOn, String channel, List<ReportedPerson> persons, Instant receivedAt) {

    public ReportReceived {
        persons = List.copyOf(persons);
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
