// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The "revoke a holiday" form: the date and the decree that cancelled it. */
public class RevokeHolidayForm {

    @NotNull(message = "{reference.holiday.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "{reference.holiday.decree.required}")
    @Size(max = 500, message = "{reference.field.too-long}")
    private String decree;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getDecree() { return decree; }
    public void setDecree(String decree) { this.decree = decree; }
}
