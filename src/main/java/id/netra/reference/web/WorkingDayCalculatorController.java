// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import id.netra.reference.calendar.HolidayCalendar;
import id.netra.reference.calendar.HolidayQueries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The working-day calculator for every signed-in user: "N hari kerja setelah D" and "hari kerja antara D dan E".
 * A plain GET form, so results can be bookmarked and it works without JavaScript; with htmx only the calculator
 * section is swapped.
 */
@Controller
@RequestMapping("/reference/calendar")
class WorkingDayCalculatorController {

    private static final String VIEW = "reference/calendar";

    private final HolidayCalendar calendar;
    private final HolidayQueries holidays;

    WorkingDayCalculatorController(HolidayCalendar calendar, HolidayQueries holidays) {
        this.calendar = calendar;
        this.holidays = holidays;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("calculation", new WorkingDayCalculation());
        return VIEW;
    }

    /** The form always sends {@code from}, even empty, so its presence means "calculate". */
    @GetMapping(params = "from")
    String calculate(@Valid @ModelAttribute("calculation") WorkingDayCalculation calculation, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        calculation.checkCombination(errors);
        if (!errors.hasErrors()) {
            model.addAttribute("answer", WorkingDayAnswer.of(calculation, calendar, holidays));
        }
        // the same URL answers a whole page or the htmx fragment, so caches must keep them apart
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return swapsFragment(request) ? VIEW + " :: calculator" : VIEW;
    }

    /** htmx asks for the fragment, except when restoring history, where it needs the whole page. */
    private static boolean swapsFragment(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
