// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import id.netra.reference.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Test calendar: Monday to Friday minus the given holidays; the real one lives in the reference module. */
public final class WeekendCalendar implements WorkingDayCalendar {

    private final Set<LocalDate> holidays;

    public WeekendCalendar(LocalDate... holidays) {
        this.holidays = Set.of(holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
