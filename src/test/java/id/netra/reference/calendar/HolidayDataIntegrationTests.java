// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded holidays agree with the SKB 3 Menteri and Keppres lists, year by year (distinct dates per year). */
@NetraIntegrationTest
class HolidayDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    /** Columns: year, national holidays, cuti bersama, distinct dates, as the final decrees of each year list them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // year, national (SKB), cuti bersama, election days, total dates, of which Mon-Fri
        "2019, 16, 4, 1, 21, 15",
        "2020, 16, 5, 1, 22, 19",
        "2021, 15, 1, 0, 16, 13",
        "2022, 16, 4, 0, 20, 14",
        "2023, 16, 11, 0, 27, 21",
        "2024, 17, 10, 2, 29, 24",
        "2025, 17, 11, 0, 28, 24",
        "2026, 17, 8, 0, 25, 21"
    })
    void seededYear_matchesTheSummary(int year, int national, int cutiBersama, int electionDays, int total,
            int weekdays) {
        // rows added by other tests lie outside 2019-2026, so the seeded years are what the migration wrote
        String where = " from reference.holiday where deleted_at is null and extract(year from holiday_date) = :year";
        assertThat(count("select count(*)" + where + " and type = 'LIBUR_NASIONAL' and not election_day", year))
                .isEqualTo(national);
        assertThat(count("select count(*)" + where + " and type = 'CUTI_BERSAMA'", year)).isEqualTo(cutiBersama);
        assertThat(count("select count(*)" + where + " and election_day", year)).isEqualTo(electionDays);
        assertThat(count("select count(*)" + where, year)).isEqualTo(total);
        assertThat(count("select count(*)" + where + " and extract(isodow from holiday_date) < 6", year))
                .isEqualTo(weekdays);
    }

    private long count(String sql, int year) {
        return jdbc.sql(sql).param("year", year).query(Long.class).single();
    }
}
