// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import id.netra.reference.PositionClass;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as it stands once the submission rules have checked it: codes resolved, NIPs normalised, text cleaned.
 * Carries no reporter identity; that goes to its own sealed store.
 */
public record ReportDraft(Channel channel, String electionCode, String regionCode, String violationCode,
        LocalDate occurredOn, String place, String description, ReporterMode reporterMode, List<Person> persons,
        List<String> links, String sourceSystem, String externalId) {

    public ReportDraft {
        persons = List.copyOf(persons);
        links = List.copyOf(links);
    }

    /** The same report as imported from another system, identified there by {@code externalId}. */
    public ReportDraft fromSource(String system, String id) {
        return new ReportDraft(channel, electionCode, regionCode, violationCode, occurredOn, place, description,
                reporterMode, persons, links, system, id);
    }

    /** One reported civil servant; {@code agencyCode} is {@code null} when the typed agency name matched none. */
    public record Person(String name, String nip, String agencyCode, String agencyName, PositionClass positionClass,
            String positionTitle) {
    }
}
