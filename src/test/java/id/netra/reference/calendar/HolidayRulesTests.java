// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.reference.calendar.HolidayAdministration.NewHoliday;
import id.netra.shared.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayRulesTests {

    private static final LocalDate VOTING_DAY = LocalDate.of(2031, 4, 9);

    @Test
    void votingDay_mayOnlyBeANationalHoliday() {
        assertThat(HolidayAdministration.electionDayIsNational(holiday(HolidayType.CUTI_BERSAMA, true)))
                .isEqualTo(Decision.reject("reference.holiday.election-day-is-national"));
        assertThat(HolidayAdministration.electionDayIsNational(holiday(HolidayType.LIBUR_NASIONAL, true)).allowed())
                .isTrue();
        assertThat(HolidayAdministration.electionDayIsNational(holiday(HolidayType.CUTI_BERSAMA, false)).allowed())
                .isTrue();
    }

    @Test
    void aDateWithAnActiveHoliday_isRefusedWithTheDateNamed() {
        assertThat(HolidayAdministration.dateIsFree(VOTING_DAY, true))
                .isEqualTo(Decision.reject("reference.holiday.duplicate", "2031-04-09"));
        assertThat(HolidayAdministration.dateIsFree(VOTING_DAY, false).allowed()).isTrue();
    }

    private static NewHoliday holiday(HolidayType type, boolean electionDay) {
        return new NewHoliday(VOTING_DAY, "Hari pemungutan suara", "Voting day", type, "Keppres 1/2031", electionDay);
    }
}
