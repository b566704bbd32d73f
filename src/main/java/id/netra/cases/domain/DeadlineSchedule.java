// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.time.LocalDate;

/** Computes a stage's deadline from the policy in force on the day the stage starts. */
@FunctionalInterface
public interface DeadlineSchedule {

    Deadline due(DeadlineStage stage, LocalDate start);
}
