// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.util.List;
import java.util.Locale;

/** The documented columns of a historical case import (docs/case-import.md), by their normalised header names. */
final class CaseImportColumns {

    static final String EXTERNAL_ID = "external_id";
    static final String ELECTION_CODE = "election_code";
    static final String REPORTED_ON = "reported_on";
    static final String OCCURRED_ON = "occurred_on";
    static final String FORWARDED_ON = "forwarded_on";
    static final String REGION_CODE = "region_code";
    static final String AGENCY_CODE = "agency_code";
    static final String AGENCY_NAME = "agency_name";
    static final String PERSON_NAME = "person_name";
    static final String PERSON_NIP = "person_nip";
    static final String POSITION_CLASS = "position_class";
    static final String AREA_HEAD = "area_head";
    static final String ACTING_REGIONAL_HEAD = "acting_regional_head";
    static final String EMPLOYMENT_TYPE = "employment_type";
    static final String VIOLATION_CODE = "violation_code";
    static final String CATEGORY_CODE = "category_code";
    static final String STATE = "state";
    static final String OUTCOME_REASON = "outcome_reason";
    static final String RECOMMENDED_ON = "recommended_on";
    static final String RECOMMENDED_SANCTION = "recommended_sanction";
    static final String DECIDED_ON = "decided_on";
    static final String DECIDED_SANCTION = "decided_sanction";
    static final String DECREE_NUMBER = "decree_number";

    /** Without these the file cannot be read at all (the agency: code or name, checked separately). */
    static final List<String> REQUIRED = List.of(EXTERNAL_ID, ELECTION_CODE, REPORTED_ON, REGION_CODE, STATE);

    /** Columns whose XLSX number cells are dates. */
    static final List<String> DATES = List.of(REPORTED_ON, OCCURRED_ON, FORWARDED_ON, RECOMMENDED_ON, DECIDED_ON);

    private CaseImportColumns() {
    }

    /** {@code "Reported On"}, {@code reported-on} and {@code REPORTED_ON} are the same column. */
    static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
    }

    /** The required columns missing from a header row, agency included when neither of its two columns is there. */
    static List<String> missing(List<String> headers) {
        List<String> missing = new java.util.ArrayList<>(REQUIRED.stream().filter(c -> !headers.contains(c)).toList());
        if (!headers.contains(AGENCY_CODE) && !headers.contains(AGENCY_NAME)) {
            missing.add(AGENCY_CODE + " / " + AGENCY_NAME);
        }
        return missing;
    }
}
