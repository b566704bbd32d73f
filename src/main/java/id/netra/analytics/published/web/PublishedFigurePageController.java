// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.published.web;

import id.netra.analytics.published.PublishedFigureAdministration;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigureDraft;
import id.netra.reference.PublishedFigureEntry;
import id.netra.reference.PublishedFigures;
import id.netra.shared.ConflictException;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.TimeConfiguration;
import id.netra.shared.web.DecisionBinding;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of published figures: list (retired ones too), add, correct with a reason, retire. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PublishedFigurePageController {

    private static final String LIST = "analytics/admin-angka";
    private static final String EDIT = "analytics/admin-angka-edit";

    private final PublishedFigures figures;
    private final PublishedFigureAdministration administration;
    private final ElectionDirectory elections;

    PublishedFigurePageController(PublishedFigures figures, PublishedFigureAdministration administration,
            ElectionDirectory elections) {
        this.figures = figures;
        this.administration = administration;
        this.elections = elections;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("publishers", PublishedFigureDraft.PUBLISHERS);
        model.addAttribute("units", PublishedFigure.Unit.values());
        model.addAttribute("elections", elections.all());
        model.addAttribute("wib", TimeConfiguration.WIB);
    }

    @GetMapping("/admin/angka-terbitan")
    String list(Model model) {
        model.addAttribute("entries", figures.entries());
        if (!model.containsAttribute("figure")) {
            model.addAttribute("figure", new PublishedFigureForm());
        }
        return LIST;
    }

    @PostMapping("/admin/angka-terbitan")
    String add(@ModelAttribute("figure") PublishedFigureForm form, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(model);
        }
        try {
            administration.add(form.toDraft(), principal.getName());
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
            return list(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/angka-terbitan";
    }

    @GetMapping("/admin/angka-terbitan/{id}")
    String edit(@PathVariable long id, Model model) {
        PublishedFigureEntry entry = entry(id);
        model.addAttribute("entry", entry);
        model.addAttribute("revisions", figures.revisions(id));
        if (!model.containsAttribute("figure")) {
            model.addAttribute("figure", PublishedFigureForm.of(entry.figure()));
        }
        return EDIT;
    }

    @PostMapping("/admin/angka-terbitan/{id}")
    String correct(@PathVariable long id, @ModelAttribute("figure") PublishedFigureForm form, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return edit(id, model);
        }
        try {
            administration.correct(id, form.toDraft(), form.getReason(), principal.getName());
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
            return edit(id, model);
        } catch (ConflictException e) {
            DecisionBinding.bind(Decision.reject(e.getMessage()), errors);
            return edit(id, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/angka-terbitan/" + id;
    }

    @PostMapping("/admin/angka-terbitan/{id}/tarik")
    String retire(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
            Principal principal, RedirectAttributes redirect) {
        entry(id);
        try {
            administration.retire(id, reason, principal.getName());
            redirect.addFlashAttribute("saved", true);
        } catch (PolicyRejectedException | ConflictException e) {
            redirect.addFlashAttribute("retireRejected", true);
        }
        return "redirect:/admin/angka-terbitan/" + id;
    }

    private PublishedFigureEntry entry(long id) {
        return figures.entry(id).orElseThrow(() -> new NotFoundException("published figure " + id));
    }
}
