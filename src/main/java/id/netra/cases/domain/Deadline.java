// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The last day on which the responsible party may still act; the case is late from the day after.
 *
 * @param unit how the clock is counted, which is also how the days left are counted
 * @param basis whether the figure is statutory, a published procedure or Netra's default; {@code null} for clocks
 *     started before the basis was recorded
 */
public record Deadline(DeadlineStage stage, LocalDate due, DeadlineUnit unit, RuleBasis basis) {

    public Deadline {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(due);
        Objects.requireNonNull(unit);
    }

    /** A deadline whose figure has no stated basis, which makes it Netra's default. */
    public Deadline(DeadlineStage stage, LocalDate due, DeadlineUnit unit) {
        this(stage, due, unit, RuleBasis.DEFAULT);
    }

    public boolean passedOn(LocalDate day) {
        return day.isAfter(due);
    }

    public boolean statutory() {
        return basis == RuleBasis.STATUTE;
    }
}
