// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netra.reference.calendar.HolidayCalendar;
import id.netra.reference.calendar.HolidayQueries;
import id.netra.reference.calendar.HolidayQueries.HolidayEntry;
import id.netra.reference.calendar.WorkingDayCalculator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Referensi: kalender hari kerja", description = "Hari kerja: tanpa akhir pekan, libur nasional, dan cuti bersama")
class CalendarApi {

    /**
     * Either {@code add} and {@code result}, or {@code to} and {@code workingDays}. {@code calendarCoveredThrough} is
     * the last day with known holidays: later days are counted as working unless they fall on a weekend.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkingDaysResponse(LocalDate from, Integer add, LocalDate result, LocalDate to, Integer workingDays,
            LocalDate calendarCoveredThrough) {
    }

    private final HolidayCalendar calendar;
    private final HolidayQueries holidays;

    CalendarApi(HolidayCalendar calendar, HolidayQueries holidays) {
        this.calendar = calendar;
        this.holidays = holidays;
    }

    @GetMapping("/working-days")
    @Operation(summary = "Hitung hari kerja",
            description = "Dengan add=N: tanggal N hari kerja setelah from (from tidak dihitung). "
                    + "Dengan to: jumlah hari kerja dalam (from, to].")
    WorkingDaysResponse workingDays(
            @Parameter(description = "tanggal awal, YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "jumlah hari kerja yang ditambahkan") @RequestParam(required = false) String add,
            @Parameter(description = "tanggal akhir, YYYY-MM-DD") @RequestParam(required = false) String to) {
        LocalDate start = QueryParameters.date("from", from);
        boolean adding = QueryParameters.present(add);
        if (adding == QueryParameters.present(to)) {
            throw QueryParameters.invalid(adding ? "to" : "add", "reference.param.add-or-to");
        }
        if (adding) {
            int days = QueryParameters.integer("add", add, 0, 3_660);
            return new WorkingDaysResponse(start, days, calendar.addWorkingDays(start, days), null, null,
                    calendar.coveredThrough());
        }
        LocalDate end = QueryParameters.date("to", to);
        if (end.isAfter(start.plusDays(WorkingDayCalculator.MAX_DAYS))) {
            throw QueryParameters.invalid("to", "reference.param.range",
                    String.valueOf(WorkingDayCalculator.MAX_DAYS));
        }
        return new WorkingDaysResponse(start, null, null, end, calendar.workingDaysBetween(start, end),
                calendar.coveredThrough());
    }

    @GetMapping("/holidays")
    @Operation(summary = "Hari libur dan cuti bersama", description = "Hari libur nasional dan cuti bersama satu tahun, dengan keputusan yang menetapkannya.")
    List<HolidayEntry> holidays(@Parameter(description = "tahun, mis. 2024") @RequestParam(required = false) String year) {
        return holidays.inYear(QueryParameters.integer("year", year, 1900, 2999));
    }
}
