// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working-day arithmetic over a fixed set of closed days (national holidays and cuti bersama); Saturdays and Sundays
 * are always closed. Pure and immutable, so it is tested without a database and shared between threads.
 */
public final class WorkingDayCalculator {

    /** Far enough for any statutory deadline, small enough that a silly request cannot spin for long. */
    public static final int MAX_DAYS = 36_600;

    private final Set<LocalDate> closedDays;

    public WorkingDayCalculator(Set<LocalDate> closedDays) {
        this.closedDays = Set.copyOf(closedDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closedDays.contains(date);
    }

    /** The date {@code days} working days after {@code from}; {@code from} itself never counts. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 0 and " + MAX_DAYS + ": " + days);
        }
        LocalDate date = from;
        int remaining = days;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** Working days in {@code (from, to]}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (to.isAfter(from.plusDays(MAX_DAYS))) {
            throw new IllegalArgumentException("range longer than " + MAX_DAYS + " days");
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
