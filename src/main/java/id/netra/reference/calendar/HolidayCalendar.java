// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import id.netra.reference.WorkingDayCalendar;
import id.netra.reference.support.Snapshot;
import java.time.LocalDate;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar on the seeded and admin-maintained holidays. Deadlines are computed on every case
 * screen, so the holiday set is loaded once and reloaded only after an admin changes it.
 */
@Service
public class HolidayCalendar implements WorkingDayCalendar {

    private final Snapshot<Loaded> current;

    HolidayCalendar(JdbcClient jdbc) {
        this.current = new Snapshot<>(() -> {
            var dates = new HashSet<>(jdbc.sql("select holiday_date from reference.holiday where deleted_at is null")
                    .query(LocalDate.class).list());
            LocalDate first = dates.stream().min(LocalDate::compareTo).orElse(null);
            LocalDate last = dates.stream().max(LocalDate::compareTo).orElse(null);
            return new Loaded(new WorkingDayCalculator(dates), first == null ? null : first.withDayOfYear(1),
                    last == null ? null : last.withDayOfYear(1).plusYears(1).minusDays(1));
        });
    }

    /**
     * @param coveredFrom the start of the first year that has holidays; earlier dates know only weekends
     * @param coveredThrough the end of the last year that has holidays; later dates know only weekends
     */
    private record Loaded(WorkingDayCalculator calculator, LocalDate coveredFrom, LocalDate coveredThrough) {
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calculator().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return calculator().addWorkingDays(from, days);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calculator().workingDaysBetween(from, to);
    }

    /**
     * The last day the holiday table covers (31 Dec of the latest year with a holiday). Beyond it only weekends are
     * known, so results there may count a holiday as a working day.
     */
    public LocalDate coveredThrough() {
        return current.get().coveredThrough();
    }

    /** The first day the holiday table covers (1 Jan of the earliest year with a holiday), like {@link #coveredThrough()}. */
    public LocalDate coveredFrom() {
        return current.get().coveredFrom();
    }

    private WorkingDayCalculator calculator() {
        return current.get().calculator();
    }

    /** Called by every write to the holiday table, inside its transaction. */
    public void holidaysChanged() {
        current.invalidateAfterCommit();
    }
}
