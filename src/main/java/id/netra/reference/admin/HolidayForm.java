// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import id.netra.reference.calendar.HolidayAdministration.NewHoliday;
import id.netra.reference.calendar.HolidayType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The "add a holiday" form. */
public class HolidayForm {

    @NotNull(message = "{reference.holiday.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "{reference.holiday.name.required}")
    @Size(max = 200, message = "{reference.field.too-long}")
    private String name;

    @Size(max = 200, message = "{reference.field.too-long}")
    private String nameEn;

    @NotNull(message = "{reference.holiday.type.required}")
    private HolidayType type;

    @NotBlank(message = "{reference.holiday.decree.required}")
    @Size(max = 500, message = "{reference.field.too-long}")
    private String decree;

    private boolean electionDay;

    NewHoliday toCommand() {
        return new NewHoliday(date, name, nameEn, type, decree, electionDay);
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public HolidayType getType() { return type; }
    public void setType(HolidayType type) { this.type = type; }
    public String getDecree() { return decree; }
    public void setDecree(String decree) { this.decree = decree; }
    public boolean isElectionDay() { return electionDay; }
    public void setElectionDay(boolean electionDay) { this.electionDay = electionDay; }
}
