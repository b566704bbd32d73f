// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.reference.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Deadlines from the policy version in force on the day a stage starts: working days through the working-day
 * calendar (weekends, national holidays, cuti bersama), calendar days plainly. The start day never counts.
 */
public final class PolicyDeadlineSchedule implements DeadlineSchedule {

    private final List<DeadlinePolicy> versions;
    private final WorkingDayCalendar calendar;

    public PolicyDeadlineSchedule(List<DeadlinePolicy> versions, WorkingDayCalendar calendar) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("No deadline policy version is configured");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(DeadlinePolicy::validFrom)).toList();
        this.calendar = calendar;
    }

    public DeadlinePolicy inForceOn(LocalDate day) {
        DeadlinePolicy found = versions.get(0);
        for (DeadlinePolicy version : versions) {
            if (!version.validFrom().isAfter(day)) {
                found = version;
            }
        }
        // before the first version, the first one applies: old cases imported later still get a clock
        return found;
    }

    @Override
    public Deadline due(DeadlineStage stage, LocalDate start) {
        DeadlineRule rule = inForceOn(start).rule(stage);
        LocalDate due = rule.unit() == DeadlineUnit.WORKING_DAYS
                ? calendar.addWorkingDays(start, rule.amount())
                : start.plusDays(rule.amount());
        return new Deadline(stage, due, rule.unit());
    }
}
