// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.CaseState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Narrows a case list; every field is optional. It only ever narrows what the user may see anyway.
 *
 * @param regionCode a province code also matches its regencies
 * @param dueBefore cases whose deadline is strictly before this day
 * @param dueFrom cases whose deadline is on or after this day
 * @param blockDue only cases whose SIASN block is due and not yet recorded
 * @param text free text as people search: a case number, a person's name or NIP, or an agency's name
 * @param textAgencyCodes the agencies whose name contains {@code text}, looked up in the reference data
 */
public record CaseFilter(Set<CaseState> states, String agencyCode, String regionCode, LocalDate dueFrom,
        LocalDate dueBefore, String electionCode, boolean blockDue, String text, Set<String> textAgencyCodes) {

    /** A blank {@code state=} (or one of control characters only, such as {@code %00}) binds as null: no filter. */
    public CaseFilter {
        states = states == null ? Set.of()
                : states.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        text = text == null || text.isBlank() ? null : text.strip();
        textAgencyCodes = textAgencyCodes == null ? Set.of() : Set.copyOf(textAgencyCodes);
    }

    public CaseFilter(Set<CaseState> states, String agencyCode, String regionCode, LocalDate dueFrom,
            LocalDate dueBefore, String electionCode, boolean blockDue) {
        this(states, agencyCode, regionCode, dueFrom, dueBefore, electionCode, blockDue, null, Set.of());
    }

    /** This filter, also narrowed by a free-text search. */
    public CaseFilter withText(String searched, Set<String> agencyCodes) {
        return new CaseFilter(states, agencyCode, regionCode, dueFrom, dueBefore, electionCode, blockDue, searched,
                agencyCodes);
    }

    /**
     * This filter, also narrowed by what a person typed in the search box (case number, name, NIP), where an agency
     * whose name contains the text counts as a match too; blank text searches nothing.
     */
    public CaseFilter withSearch(String typed, Function<String, Set<String>> agencyCodesNamed) {
        String text = typed == null || typed.isBlank() ? null : typed.strip();
        return withText(text, text == null ? Set.of() : agencyCodesNamed.apply(text));
    }

    public CaseFilter(Set<CaseState> states, String agencyCode, String regionCode, LocalDate dueFrom,
            LocalDate dueBefore, String electionCode) {
        this(states, agencyCode, regionCode, dueFrom, dueBefore, electionCode, false);
    }

    public static CaseFilter none() {
        return new CaseFilter(Set.of(), null, null, null, null, null);
    }
}
