// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import id.netra.reference.calendar.HolidayAdministration;
import id.netra.reference.calendar.HolidayType;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.web.DecisionBinding;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and revoking holidays; every change names its decree. */
@Controller
@RequestMapping("/admin/reference/holidays")
@PreAuthorize("hasRole('ADMIN')")
class HolidayAdminController {

    private static final String VIEW = "reference/admin/holiday-form";

    private final HolidayAdministration holidays;

    HolidayAdminController(HolidayAdministration holidays) {
        this.holidays = holidays;
    }

    @ModelAttribute("holidayTypes")
    HolidayType[] holidayTypes() {
        return HolidayType.values();
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("holiday", new HolidayForm());
        model.addAttribute("revocation", new RevokeHolidayForm());
        return VIEW;
    }

    @PostMapping
    String add(@Valid @ModelAttribute("holiday") HolidayForm form, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("revocation", new RevokeHolidayForm());
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            holidays.add(form.toCommand(), principal.getName());
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
            return VIEW;
        }
        redirect.addFlashAttribute("saved", form.getDate().toString());
        return "redirect:/admin/reference/holidays/new";
    }

    @PostMapping("/revoke")
    String revoke(@Valid @ModelAttribute("revocation") RevokeHolidayForm form, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("holiday", new HolidayForm());
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            holidays.revoke(form.getDate(), form.getDecree(), principal.getName());
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
            return VIEW;
        }
        redirect.addFlashAttribute("revoked", form.getDate().toString());
        return "redirect:/admin/reference/holidays/new";
    }
}
