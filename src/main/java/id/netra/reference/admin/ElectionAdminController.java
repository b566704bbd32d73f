// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import id.netra.reference.election.ElectionAdministration;
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

/** Adding a future election with its phases. */
@Controller
@RequestMapping("/admin/reference/elections")
@PreAuthorize("hasRole('ADMIN')")
class ElectionAdminController {

    private static final String VIEW = "reference/admin/election-form";

    private final ElectionAdministration elections;

    ElectionAdminController(ElectionAdministration elections) {
        this.elections = elections;
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("election", new ElectionForm());
        return VIEW;
    }

    @PostMapping
    String add(@Valid @ModelAttribute("election") ElectionForm form, BindingResult errors, Principal principal,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            elections.add(form.toCommand(), principal.getName());
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
            return VIEW;
        }
        redirect.addFlashAttribute("saved", form.toCommand().code());
        return "redirect:/admin/reference/elections/new";
    }
}
