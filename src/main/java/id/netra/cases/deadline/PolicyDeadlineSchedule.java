// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.ElectionType;
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
        return inForceOn(null, day);
    }

    /** The version for this election type (or for every election) in force on the day; see {@link VersionChoice}. */
    public DeadlinePolicy inForceOn(ElectionType type, LocalDate day) {
        return VersionChoice.inForce(versions, v -> v, type, day)
                .or(() -> VersionChoice.inForce(versions, v -> v, null, day))
                .orElse(versions.get(0));
    }

    @Override
    public Deadline due(ElectionType type, DeadlineStage stage, LocalDate start) {
        DeadlineRule rule = inForceOn(type, start).rule(stage);
        LocalDate due = rule.unit() == DeadlineUnit.WORKING_DAYS
                ? calendar.addWorkingDays(start, rule.amount())
                : start.plusDays(rule.amount());
        return new Deadline(stage, due, rule.unit(), rule.basis());
    }

    @Override
    public int daysLeftOn(Deadline deadline, LocalDate day) {
        return new DaysLeft(calendar).until(deadline, day);
    }

    @Override
    public Deadline resumedOn(Deadline paused, int daysLeft, LocalDate day) {
        if (daysLeft < 0) {
            return paused;
        }
        LocalDate due = paused.unit() == DeadlineUnit.WORKING_DAYS ? calendar.addWorkingDays(day, daysLeft)
                : day.plusDays(daysLeft);
        return new Deadline(paused.stage(), due, paused.unit(), paused.basis());
    }
}
