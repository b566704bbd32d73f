// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import id.netra.reference.calendar.HolidayCalendar;
import id.netra.reference.calendar.HolidayQueries;
import id.netra.reference.calendar.HolidayQueries.HolidayEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * The calculator page's answer. Besides the numbers it lists the holidays in the counted period, so a user can see
 * why a deadline moved, and says when the period leaves the years the holiday table covers.
 *
 * @param result the date {@code days} working days after {@code from}, when days were given
 * @param workingDays working days in {@code (from, to]}, when an end date was given
 * @param closedDays national holidays and cuti bersama in {@code (from, latest of result and to]}
 * @param uncovered true when part of that period lies outside {@code coveredFrom..coveredThrough}
 */
record WorkingDayAnswer(LocalDate from, Integer days, LocalDate result, LocalDate to, Integer workingDays,
        List<HolidayEntry> closedDays, LocalDate coveredFrom, LocalDate coveredThrough, boolean uncovered) {

    /** Expects a calculation that passed validation. */
    static WorkingDayAnswer of(WorkingDayCalculation calculation, HolidayCalendar calendar, HolidayQueries holidays) {
        LocalDate from = calculation.getFrom();
        LocalDate result = calculation.getDays() == null ? null : calendar.addWorkingDays(from, calculation.getDays());
        LocalDate to = calculation.getTo();
        Integer workingDays = to == null ? null : calendar.workingDaysBetween(from, to);

        LocalDate end = result == null || (to != null && to.isAfter(result)) ? to : result;
        LocalDate coveredFrom = calendar.coveredFrom();
        LocalDate coveredThrough = calendar.coveredThrough();
        boolean uncovered = coveredFrom == null || from.plusDays(1).isBefore(coveredFrom)
                || end.isAfter(coveredThrough);
        return new WorkingDayAnswer(from, calculation.getDays(), result, to, workingDays,
                holidays.between(from.plusDays(1), end.plusDays(1)), coveredFrom, coveredThrough, uncovered);
    }
}
