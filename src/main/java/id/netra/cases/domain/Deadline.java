// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The last day on which the responsible party may still act; the case is late from the day after.
 *
 * @param unit how the clock is counted, which is also how the days left are counted
 */
public record Deadline(DeadlineStage stage, LocalDate due, DeadlineUnit unit) {

    public Deadline {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(due);
        Objects.requireNonNull(unit);
    }

    public boolean passedOn(LocalDate day) {
        return day.isAfter(due);
    }
}
