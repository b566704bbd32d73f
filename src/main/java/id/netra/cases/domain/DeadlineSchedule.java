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
}
