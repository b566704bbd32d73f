// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.LocalDate;

/**
 * Working days: Monday to Friday except national holidays and cuti bersama (the offices are closed on both).
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The date {@code days} working days after {@code from}; {@code from} itself never counts. */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** Working days in {@code (from, to]}: 0 when {@code to} is not after {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
