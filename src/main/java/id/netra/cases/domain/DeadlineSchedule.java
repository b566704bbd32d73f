// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.time.LocalDate;

/** Computes a stage's deadline from the policy in force, for the case's election type, on the day the stage starts. */
@FunctionalInterface
public interface DeadlineSchedule {

    /** @param electionType {@code null} when unknown: only the versions for every election apply then */
    Deadline due(ElectionType electionType, DeadlineStage stage, LocalDate start);

    default Deadline due(DeadlineStage stage, LocalDate start) {
        return due(null, stage, start);
    }

    /** Days of the clock left on a day, in its unit: 0 on the last day, negative once late. */
    default int daysLeftOn(Deadline deadline, LocalDate day) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(day, deadline.due());
    }

    /**
     * A clock that was paused resumes on a day with the days it had left, in its own unit; one that was already late
     * keeps its last day.
     */
    default Deadline resumedOn(Deadline paused, int daysLeft, LocalDate day) {
        return daysLeft < 0 ? paused
                : new Deadline(paused.stage(), day.plusDays(daysLeft), paused.unit(), paused.basis());
    }
}
