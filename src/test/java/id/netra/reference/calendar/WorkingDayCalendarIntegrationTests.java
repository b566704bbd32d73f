// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.reference.WorkingDayCalendar;
import id.netra.testing.NetraIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The working-day calendar on the holidays seeded from the decrees. */
@NetraIntegrationTest
class WorkingDayCalendarIntegrationTests {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void dayBeforeIndependenceDay2023_plusOne_isFriday18() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 8, 16), 1)).isEqualTo(LocalDate.of(2023, 8, 18));
    }

    @Test
    void lastFridayOf2023_plusOne_isSecondOfJanuary() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 12, 29), 1)).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void idulFitri2024_cutiBersamaAndHolidaysAreSkipped() {
        // Fri 5 Apr 2024 + 1: 8, 9 cuti bersama, 10, 11 Idul Fitri, 12 cuti bersama, weekend, 15 cuti bersama
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 4, 5), 1)).isEqualTo(LocalDate.of(2024, 4, 16));
    }

    @Test
    void electionDays_areHolidays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 4, 17))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 12, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 14))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 27))).isFalse();
    }

    @Test
    void revokedCutiBersama_areWorkingDays() {
        // removed by the 2020 and 2021 amendments (SKB 3 Menteri amendments of 2020 and 2021)
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 12, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 8, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 26))).isTrue();
    }

    @Test
    void workingDaysOfAugust2023_excludeIndependenceDay() {
        // 23 weekdays in August 2023, minus the 17th
        assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 31))).isEqualTo(22);
    }
}
