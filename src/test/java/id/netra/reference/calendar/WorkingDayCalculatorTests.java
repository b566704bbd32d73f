// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on a fixed, hand-made holiday set (no database). */
class WorkingDayCalculatorTests {

    // Thursday 17 Aug 2023 is a national holiday; Mon 25 and Tue 26 Dec 2023 a holiday and a cuti bersama;
    // Monday 1 Jan 2024 a holiday.
    private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2023, 8, 17);
    private static final LocalDate CHRISTMAS = LocalDate.of(2023, 12, 25);
    private static final LocalDate CUTI_BERSAMA = LocalDate.of(2023, 12, 26);
    private static final LocalDate NEW_YEAR = LocalDate.of(2024, 1, 1);

    private final WorkingDayCalculator calculator =
            new WorkingDayCalculator(Set.of(INDEPENDENCE_DAY, CHRISTMAS, CUTI_BERSAMA, NEW_YEAR));

    @Test
    void weekdayWithoutHoliday_isWorkingDay() {
        assertThat(calculator.isWorkingDay(LocalDate.of(2023, 8, 16))).isTrue();
    }

    @Test
    void weekendAndClosedDays_areNotWorkingDays() {
        assertThat(calculator.isWorkingDay(LocalDate.of(2023, 8, 19))).isFalse();
        assertThat(calculator.isWorkingDay(LocalDate.of(2023, 8, 20))).isFalse();
        assertThat(calculator.isWorkingDay(INDEPENDENCE_DAY)).isFalse();
        assertThat(calculator.isWorkingDay(CUTI_BERSAMA)).isFalse();
    }

    @Test
    void oneDayBeforeAHoliday_skipsTheHoliday() {
        assertThat(calculator.addWorkingDays(LocalDate.of(2023, 8, 16), 1)).isEqualTo(LocalDate.of(2023, 8, 18));
    }

    @Test
    void fridayBeforeHolidayMonday_landsOnTuesday() {
        assertThat(calculator.addWorkingDays(LocalDate.of(2023, 12, 29), 1)).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void fridayPlusOne_isMonday() {
        assertThat(calculator.addWorkingDays(LocalDate.of(2023, 8, 4), 1)).isEqualTo(LocalDate.of(2023, 8, 7));
    }

    @Test
    void holidayAndCutiBersama_areBothSkipped() {
        // Fri 22 Dec + 1 skips the weekend, Christmas and the cuti bersama: Wed 27 Dec
        assertThat(calculator.addWorkingDays(LocalDate.of(2023, 12, 22), 1)).isEqualTo(LocalDate.of(2023, 12, 27));
    }

    @Test
    void startingOnAHoliday_countsFromTheNextWorkingDay() {
        assertThat(calculator.addWorkingDays(INDEPENDENCE_DAY, 1)).isEqualTo(LocalDate.of(2023, 8, 18));
    }

    @Test
    void zeroDays_returnsTheStartItself() {
        assertThat(calculator.addWorkingDays(LocalDate.of(2023, 8, 19), 0)).isEqualTo(LocalDate.of(2023, 8, 19));
    }

    @Test
    void negativeDays_areRejected() {
        assertThatThrownBy(() -> calculator.addWorkingDays(LocalDate.of(2023, 8, 16), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tenWorkingDays_skipTwoWeekendsAndTheHoliday() {
        // Tue 15 Aug + 10: 16, 18, 21-25, 28, 29, 30
        assertThat(calculator.addWorkingDays(LocalDate.of(2023, 8, 15), 10)).isEqualTo(LocalDate.of(2023, 8, 30));
    }

    @Test
    void between_countsHalfOpenInterval() {
        assertThat(calculator.workingDaysBetween(LocalDate.of(2023, 8, 15), LocalDate.of(2023, 8, 30))).isEqualTo(10);
        assertThat(calculator.workingDaysBetween(LocalDate.of(2023, 12, 22), LocalDate.of(2024, 1, 2))).isEqualTo(4);
    }

    @Test
    void between_isZeroWhenEndIsNotAfterStart() {
        assertThat(calculator.workingDaysBetween(LocalDate.of(2023, 8, 30), LocalDate.of(2023, 8, 30))).isZero();
        assertThat(calculator.workingDaysBetween(LocalDate.of(2023, 8, 30), LocalDate.of(2023, 8, 1))).isZero();
    }

    @Test
    void between_isTheInverseOfAdd() {
        LocalDate from = LocalDate.of(2023, 12, 20);
        for (int days = 0; days < 30; days++) {
            assertThat(calculator.workingDaysBetween(from, calculator.addWorkingDays(from, days))).isEqualTo(days);
        }
    }
}
