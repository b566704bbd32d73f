// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.reference.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days left until a deadline, counted in the deadline's own unit: 0 on the last day, negative once late
 * ({@code -2} = two working days late for a working-day clock).
 */
public final class DaysLeft {

    private final WorkingDayCalendar calendar;

    public DaysLeft(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public int until(Deadline deadline, LocalDate today) {
        LocalDate due = deadline.due();
        if (deadline.unit() == DeadlineUnit.CALENDAR_DAYS) {
            return (int) ChronoUnit.DAYS.between(today, due);
        }
        return due.isBefore(today) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    }
}
