// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.LocalDate;

/**
 * One phase of an election.
 *
 * @param startsOn first day, or {@code null} when the phase has no defined start (the pre-campaign period)
 * @param endsOn last day, inclusive
 */
public record ElectionPhase(ElectionPhaseKind kind, LocalDate startsOn, LocalDate endsOn) {

    public boolean contains(LocalDate date) {
        return (startsOn == null || !date.isBefore(startsOn)) && !date.isAfter(endsOn);
    }
}
