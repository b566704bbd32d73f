// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

import id.netra.shared.Decision;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only place where holidays are written at run time. A holiday is never edited: a new decree adds a day or
 * revokes one (soft delete naming the revoking decree), so the calendar of any past date can be explained.
 */
@Service
public class HolidayAdministration {

    /** A day to add, with the decree that declared it. */
    public record NewHoliday(LocalDate date, String name, String nameEn, HolidayType type, String decree,
            boolean electionDay) {
    }

    /** A voting day is a national holiday by law, never a collective leave day. */
    static Decision electionDayIsNational(NewHoliday holiday) {
        return Decision.when(!holiday.electionDay() || holiday.type() == HolidayType.LIBUR_NASIONAL,
                "reference.holiday.election-day-is-national");
    }

    /** One active holiday per date: a second decree for the same day is a revocation and a new entry. */
    static Decision dateIsFree(LocalDate date, boolean taken) {
        return Decision.when(!taken, "reference.holiday.duplicate", date.toString());
    }

    private final JdbcClient jdbc;
    private final HolidayCalendar calendar;
    private final Clock clock;

    HolidayAdministration(JdbcClient jdbc, HolidayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public void add(NewHoliday holiday, String actor) {
        electionDayIsNational(holiday).and(() -> dateIsFree(holiday.date(), activeOn(holiday.date()))).orThrow();
        try {
            insert(holiday, actor);
        } catch (DuplicateKeyException e) {
            // another admin added the same date a moment ago
            dateIsFree(holiday.date(), true).orThrow();
        }
        calendar.holidaysChanged();
    }

    private void insert(NewHoliday holiday, String actor) {
        jdbc.sql("""
                insert into reference.holiday (holiday_date, name, name_en, type, decree, election_day, source,
                                               source_version, created_by)
                values (:date, :name, :nameEn, :type, :decree, :electionDay, 'Formulir admin Netra', :version, :actor)""")
                .param("date", holiday.date()).param("name", holiday.name().trim())
                .param("nameEn", holiday.nameEn() == null ? "" : holiday.nameEn().trim())
                .param("type", holiday.type().name()).param("decree", holiday.decree().trim())
                .param("electionDay", holiday.electionDay()).param("version", LocalDate.now(clock).toString())
                .param("actor", actor).update();
    }

    /** Revokes the active holiday on a date, e.g. a cuti bersama cancelled by an amending decree. */
    @Transactional
    public void revoke(LocalDate date, String decree, String actor) {
        int revoked = jdbc.sql("""
                update reference.holiday set deleted_at = now(), deleted_by = :actor, deletion_decree = :decree
                 where holiday_date = :date and deleted_at is null""")
                .param("date", date).param("decree", decree.trim()).param("actor", actor).update();
        if (revoked == 0) {
            Decision.reject("reference.holiday.none-on-date", date.toString()).orThrow();
        }
        calendar.holidaysChanged();
    }

    private boolean activeOn(LocalDate date) {
        return jdbc.sql("select count(*) from reference.holiday where holiday_date = :date and deleted_at is null")
                .param("date", date).query(Long.class).single() > 0;
    }
}
