// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import id.netra.reference.calendar.WorkingDayCalculator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What a user asks the working-day calculator page: a start date and a number of working days to add, an end date
 * to count working days up to, or both. The limits match the calendar API's.
 */
public class WorkingDayCalculation {

    static final int MAX_ADDED_DAYS = 3_660;

    @NotNull(message = "{reference.calendar.from.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @Min(value = 1, message = "{reference.calendar.days.range}")
    @Max(value = MAX_ADDED_DAYS, message = "{reference.calendar.days.range}")
    private Integer days;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** Dates the page accepts; far enough for any case, and no date arithmetic near LocalDate's limits. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** The rules that span fields or need the range above, which the annotations cannot say. */
    void checkCombination(Errors errors) {
        if (days == null && to == null && !errors.hasFieldErrors("days") && !errors.hasFieldErrors("to")) {
            errors.reject("reference.calendar.days-or-to");
        }
        boolean fromInRange = checkRange("from", from, errors);
        boolean toInRange = checkRange("to", to, errors);
        if (fromInRange && toInRange && from != null && to != null) {
            if (!to.isAfter(from)) {
                errors.rejectValue("to", "reference.calendar.to.after-from");
            } else if (to.isAfter(from.plusDays(WorkingDayCalculator.MAX_DAYS))) {
                errors.rejectValue("to", "reference.calendar.to.range",
                        new Object[] {WorkingDayCalculator.MAX_DAYS}, null);
            }
        }
    }

    private static boolean checkRange(String field, LocalDate date, Errors errors) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            errors.rejectValue(field, "reference.calendar.date.range",
                    new Object[] {EARLIEST.getYear(), LATEST.getYear()}, null);
            return false;
        }
        return true;
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
