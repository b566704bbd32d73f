// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.CaseState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Narrows a case list; every field is optional. It only ever narrows what the user may see anyway.
 *
 * @param regionCode a province code also matches its regencies
 * @param dueBefore cases whose deadline is strictly before this day
 * @param dueFrom cases whose deadline is on or after this day
 * @param blockDue only cases whose SIASN block is due and not yet recorded
 */
public record CaseFilter(Set<CaseState> states, String agencyCode, String regionCode, LocalDate dueFrom,
        LocalDate dueBefore, String electionCode, boolean blockDue) {

    /** A blank {@code state=} (or one of control characters only, such as {@code %00}) binds as null: no filter. */
    public CaseFilter {
        states = states == null ? Set.of()
                : states.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    public CaseFilter(Set<CaseState> states, String agencyCode, String regionCode, LocalDate dueFrom,
            LocalDate dueBefore, String electionCode) {
        this(states, agencyCode, regionCode, dueFrom, dueBefore, electionCode, false);
    }

    public static CaseFilter none() {
        return new CaseFilter(Set.of(), null, null, null, null, null);
    }
}
