// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the active holidays with the decrees behind them. */
@Service
public class HolidayQueries {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HolidayEntry(long id, LocalDate date, String name, String nameEn, HolidayType type, String decree,
            boolean electionDay, boolean uncertain, String note) {
    }

    private final JdbcClient jdbc;

    HolidayQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HolidayEntry> inYear(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** Active holidays on or after {@code first} and before {@code next}, by date. */
    public List<HolidayEntry> between(LocalDate first, LocalDate next) {
        return jdbc.sql("""
                select id, holiday_date, name, name_en, type, decree, election_day, uncertain, note
                  from reference.holiday
                 where deleted_at is null and holiday_date >= :first and holiday_date < :next
                 order by holiday_date""")
                .param("first", first).param("next", next)
                .query((rs, n) -> new HolidayEntry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), HolidayType.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7),
                        rs.getBoolean(8), rs.getString(9)))
                .list();
    }
}
