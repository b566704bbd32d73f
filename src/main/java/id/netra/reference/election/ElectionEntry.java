// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.election;

import id.netra.reference.Election;
import id.netra.reference.ElectionPhase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An election with its phases (chronological) and participating region codes.
 *
 * @param participantsComplete whether {@code participants} is the whole list; if not, a region missing from it may
 *     still have taken part
 */
public record ElectionEntry(String code, String name, String nameEn, String type, LocalDate votingDay,
        String scopeNote, boolean participantsComplete, String participantsNote, String source,
        List<ElectionPhase> phases, Set<String> participants) {

    public ElectionEntry {
        phases = List.copyOf(phases);
        participants = Set.copyOf(participants);
    }

    public Election toElection() {
        return new Election(code, name, type, votingDay);
    }
}
