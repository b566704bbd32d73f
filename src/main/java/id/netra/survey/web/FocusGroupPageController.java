// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import id.netra.survey.instrument.SurveyStore;
import id.netra.survey.notes.FocusGroupNotes;
import id.netra.survey.notes.NoteInput;
import id.netra.survey.notes.ThemeFrequency;
import id.netra.survey.notes.ThemeInput;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The focus-group page of a survey: how often each theme occurs by group, the notes behind each count, a form to add
 * a note, and the codebook the analyst edits.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class FocusGroupPageController {

    /** A province with its regencies, for the region picker. */
    record ProvinceOption(Region province, List<Region> regencies) {
    }

    /** What the analyst typed, given back with the errors when a note is refused. */
    record NoteForm(String regionCode, String participantRole, String heldOn, String text, List<Long> themeIds) {
    }

    private final FocusGroupNotes notes;
    private final SurveyStore surveys;
    private final RegionDirectory regions;
    private final CurrentUserProvider users;
    private final MessageSource messages;

    FocusGroupPageController(FocusGroupNotes notes, SurveyStore surveys, RegionDirectory regions,
            CurrentUserProvider users, MessageSource messages) {
        this.notes = notes;
        this.surveys = surveys;
        this.regions = regions;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/surveys/{id}/fgd")
    String page(@PathVariable long id, @RequestParam(required = false) Long theme,
            @RequestParam(required = false) String region, @RequestParam(required = false) String role,
            Model model, Locale locale) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NoteForm(null, null, null, null, List.of()));
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        ThemeFrequency frequency = notes.frequency(id);
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("frequency", frequency);
        model.addAttribute("chartThemes", String.join("|", frequency.themes().stream().map(t -> t.label(english))
                .map(label -> label.replace('|', '/')).toList()));
        model.addAttribute("chartGroups", String.join("|", frequency.groups().stream()
                .map(g -> (g.regionName() + " · " + g.participantRole()).replace('|', '/')).toList()));
        model.addAttribute("chartCounts", String.join("|", frequency.counts().stream()
                .map(row -> String.join(",", row.stream().map(String::valueOf).toList())).toList()));
        model.addAttribute("codebook", notes.codebook());
        model.addAttribute("provinces", provinces());
        boolean filtered = theme != null && region != null && role != null;
        model.addAttribute("filtered", filtered);
        if (filtered) {
            model.addAttribute("filterTheme", notes.theme(theme));
            model.addAttribute("filterRegion", regions.find(region).map(Region::name).orElse(region));
            model.addAttribute("filterRole", role);
        }
        model.addAttribute("notes", filtered ? notes.notes(id, theme, region, role) : notes.notes(id, null, null, null));
        return "survey/fgd";
    }

    @PostMapping("/surveys/{id}/fgd")
    String add(@PathVariable long id, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String participantRole, @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) String text, @RequestParam(required = false) List<Long> themeIds,
            Model model, Locale locale, RedirectAttributes redirect) {
        NoteInput input = new NoteInput(regionCode, participantRole, heldOn, text, themeIds);
        try {
            notes.add(id, input, username());
        } catch (PolicyRejectedException e) {
            model.addAttribute("form", new NoteForm(regionCode, participantRole, heldOn, text, input.themeIds()));
            model.addAttribute("errors", errors(e, locale));
            model.addAttribute("summary", messages.getMessage("survey.note.rejected", null, locale));
            return page(id, null, null, null, model, locale);
        }
        redirect.addFlashAttribute("notice", "survey.notes.added");
        return "redirect:/surveys/" + id + "/fgd";
    }

    @PostMapping("/surveys/{id}/fgd/{noteId}/hapus")
    String remove(@PathVariable long id, @PathVariable long noteId, RedirectAttributes redirect) {
        notes.remove(id, noteId, username());
        redirect.addFlashAttribute("notice", "survey.notes.removed");
        return "redirect:/surveys/" + id + "/fgd";
    }

    @PostMapping("/surveys/{id}/fgd/tema")
    String addTheme(@PathVariable long id, @RequestParam(required = false) String label,
            @RequestParam(required = false) String labelEn, Locale locale, RedirectAttributes redirect) {
        surveys.get(id);
        return codebookChange(id, redirect, locale, () -> notes.addTheme(new ThemeInput(label, labelEn), username()));
    }

    @PostMapping("/surveys/{id}/fgd/tema/{themeId}")
    String renameTheme(@PathVariable long id, @PathVariable long themeId, @RequestParam(required = false) String label,
            @RequestParam(required = false) String labelEn, Locale locale, RedirectAttributes redirect) {
        surveys.get(id);
        return codebookChange(id, redirect, locale,
                () -> notes.renameTheme(themeId, new ThemeInput(label, labelEn), username()));
    }

    @PostMapping("/surveys/{id}/fgd/tema/{themeId}/pensiun")
    String retireTheme(@PathVariable long id, @PathVariable long themeId, Locale locale, RedirectAttributes redirect) {
        surveys.get(id);
        return codebookChange(id, redirect, locale, () -> notes.retireTheme(themeId, username()));
    }

    private String codebookChange(long id, RedirectAttributes redirect, Locale locale, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "survey.codebook.saved");
        } catch (PolicyRejectedException e) {
            redirect.addFlashAttribute("codebookError", String.join(" ", errors(e, locale).values()));
        }
        return "redirect:/surveys/" + id + "/fgd#buku-kode";
    }

    private Map<String, String> errors(PolicyRejectedException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Decision.Reason r : e.reasons()) {
            errors.merge(r.field() == null ? "" : r.field(), messages.getMessage(r.messageKey(), r.argArray(), locale),
                    (a, b) -> a + " " + b);
        }
        return errors;
    }

    private List<ProvinceOption> provinces() {
        Map<String, List<Region>> regencies = new LinkedHashMap<>();
        regions.byLevel(RegionLevel.REGENCY).stream().sorted(Comparator.comparing(Region::name))
                .forEach(r -> regencies.computeIfAbsent(r.provinceCode(), k -> new java.util.ArrayList<>()).add(r));
        return regions.byLevel(RegionLevel.PROVINCE).stream().sorted(Comparator.comparing(Region::name))
                .map(p -> new ProvinceOption(p, regencies.getOrDefault(p.code(), List.of()))).toList();
    }

    private String username() {
        return users.current().map(CurrentUser::username).orElse("sistem");
    }
}
