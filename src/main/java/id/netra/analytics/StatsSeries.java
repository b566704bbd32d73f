// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * Cases reported per week (weeks start on Monday; weeks without cases are listed with zero) and, when one election
 * is chosen, its phases to shade behind them.
 */
public record StatsSeries(List<Week> weeks, List<Phase> phases) {

    public StatsSeries {
        weeks = List.copyOf(weeks);
        phases = List.copyOf(phases);
    }

    public record Week(LocalDate start, long count) {
    }

    /** @param startsOn {@code null} when the phase has no defined start (pre-campaign) */
    public record Phase(String key, String label, LocalDate startsOn, LocalDate endsOn) {
    }
}
