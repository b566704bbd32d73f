// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Phases and participating regions of the elections in {@link ElectionDirectory}. */
public interface ElectionSchedule {

    /** The phases in chronological order; empty for an unknown election. */
    List<ElectionPhase> phases(String electionCode);

    /**
     * The phase a date falls in. Recapitulation may start on voting day; then VOTING wins, being the earlier phase.
     */
    Optional<ElectionPhaseKind> phaseOn(String electionCode, LocalDate date);

    /** A province takes part when listed; a regency when it is listed itself (not through its province). */
    Participation participation(String electionCode, String regionCode);
}
