// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import column schema (docs/import-format.md). Headers are matched case-insensitively, spaces and dashes
 * counting as underscores; column order is free and unknown columns are ignored.
 */
final class ImportColumns {

    static final String EXTERNAL_ID = "external_id";
    static final String ELECTION = "election_code";
    static final String REGION = "region_code";
    static final String OCCURRED_ON = "occurred_on";
    static final String VIOLATION = "violation_code";
    static final String PLACE = "place";
    static final String DESCRIPTION = "description";
    static final String PERSON_NAME = "person_name";
    static final String PERSON_NIP = "person_nip";
    static final String AGENCY_CODE = "agency_code";
    static final String AGENCY_NAME = "agency_name";
    static final String POSITION_CLASS = "position_class";
    static final String POSITION_TITLE = "position_title";
    static final String EVIDENCE_LINKS = "evidence_links";

    static final List<String> REQUIRED = List.of(EXTERNAL_ID, ELECTION, REGION, OCCURRED_ON, DESCRIPTION, PERSON_NAME);

    /** Where a field problem of the submission is reported in the file. */
    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("electionCode", ELECTION), Map.entry("regionCode", REGION),
            Map.entry("occurredOn", OCCURRED_ON), Map.entry("violationCode", VIOLATION), Map.entry("place", PLACE),
            Map.entry("description", DESCRIPTION), Map.entry("evidenceLinks", EVIDENCE_LINKS),
            Map.entry("reportedPersons", PERSON_NAME), Map.entry("name", PERSON_NAME), Map.entry("nip", PERSON_NIP),
            Map.entry("agencyCode", AGENCY_CODE), Map.entry("agencyName", AGENCY_NAME),
            Map.entry("positionClass", POSITION_CLASS), Map.entry("positionTitle", POSITION_TITLE));

    private ImportColumns() {
    }

    static String normalise(String header) {
        return header == null ? "" : header.strip().replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-]+", "_");
    }

    /** {@code reportedPersons[1].nip} becomes {@code person_nip}; {@code evidenceLinks[0]} becomes the links column. */
    static String columnOf(String field) {
        String last = field.replaceAll("\\[\\d+]", "");
        last = last.contains(".") ? last.substring(last.lastIndexOf('.') + 1) : last;
        return BY_FIELD.getOrDefault(last, last);
    }

    /** The person index in a field path such as {@code reportedPersons[2].name}, or -1. */
    static int personIndex(String field) {
        if (!field.startsWith("reportedPersons[")) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring("reportedPersons[".length(), field.indexOf(']')));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
