// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.deadline.DeadlinePolicyAdministration;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.ConflictException;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.web.DecisionBinding;
import id.netra.shared.TimeConfiguration;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of deadline policy versions: every version with its status today, a form for a new
 * version prefilled from the one in force, and a withdraw form under each version that has not started.
 */
@Controller
@RequestMapping("/admin/deadline-policy")
@PreAuthorize("hasRole('ADMIN')")
class DeadlinePolicyPageController {

    private static final String VIEW = "cases/deadline-policy";
    private static final String HOME = "redirect:/admin/deadline-policy";

    private final DeadlinePolicyAdministration policies;
    private final CurrentUserProvider users;
    private final Clock clock;

    DeadlinePolicyPageController(DeadlinePolicyAdministration policies, CurrentUserProvider users, Clock clock) {
        this.policies = policies;
        this.users = users;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("versions", policies.overview());
        model.addAttribute("today", today);
        model.addAttribute("earliestStart", today.plusDays(1));
        model.addAttribute("units", DeadlineUnit.values());
        model.addAttribute("wib", TimeConfiguration.WIB);
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("newVersion", DeadlinePolicyForm.prefilledFrom(policies.inForceToday()));
        model.addAttribute("withdrawal", new PolicyWithdrawalForm());
        return VIEW;
    }

    @PostMapping
    String add(@ModelAttribute("newVersion") DeadlinePolicyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("withdrawal", new PolicyWithdrawalForm());
        policies.check(form.toDraft()).reasons().forEach(reason -> reject(errors, reason));
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            redirect.addFlashAttribute("added", policies.add(form.toDraft(), users.require().username()));
            return HOME;
        } catch (PolicyRejectedException e) {
            // the rules said yes a moment ago; another administrator's version now starts on the same day
            e.reasons().forEach(reason -> reject(errors, reason));
        } catch (ConflictException e) {
            errors.reject(e.messageKey());
        }
        return VIEW;
    }

    @PostMapping("/{version}/withdraw")
    String withdraw(@PathVariable int version, @Valid @ModelAttribute("withdrawal") PolicyWithdrawalForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        form.setVersion(version);
        model.addAttribute("newVersion", DeadlinePolicyForm.prefilledFrom(policies.inForceToday()));
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            policies.withdraw(version, form.getReason(), users.require().username());
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
            return VIEW;
        } catch (ConflictException e) {
            errors.reject(e.messageKey());
            return VIEW;
        }
        redirect.addFlashAttribute("withdrawn", version);
        return HOME;
    }

    /** A field that could not even be converted (a letter in a number) keeps its conversion message. */
    private static void reject(BindingResult errors, Decision.Reason reason) {
        if (!reason.hasField()) {
            errors.reject(reason.messageKey(), reason.argArray(), reason.messageKey());
        } else if (!errors.hasFieldErrors(reason.field())) {
            DecisionBinding.bind(Decision.rejectAll(java.util.List.of(reason)), errors);
        }
    }
}
