// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.notes;

import id.netra.shared.Decision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What a focus-group note and a codebook theme must hold before they are stored; every objection at once. */
final class NoteRules {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 200;

    private NoteRules() {
    }

    /** Returns the date of the discussion; refuses the note field by field. */
    static LocalDate check(NoteInput note, Predicate<String> knownRegion, Set<Long> activeThemes, LocalDate today) {
        List<Decision.Reason> rejections = new ArrayList<>();
        if (blank(note.regionCode())) {
            rejections.add(Decision.Reason.ofField("regionCode", "survey.note.region-required"));
        } else if (!knownRegion.test(note.regionCode().trim())) {
            rejections.add(Decision.Reason.ofField("regionCode", "survey.note.region-unknown"));
        }
        if (blank(note.participantRole())) {
            rejections.add(Decision.Reason.ofField("participantRole", "survey.note.role-required"));
        } else if (note.participantRole().strip().length() > MAX_SHORT) {
            rejections.add(Decision.Reason.ofField("participantRole", "survey.note.too-long", MAX_SHORT));
        }
        LocalDate heldOn = null;
        if (blank(note.heldOn())) {
            rejections.add(Decision.Reason.ofField("heldOn", "survey.note.date-required"));
        } else {
            try {
                heldOn = LocalDate.parse(note.heldOn().trim());
                if (heldOn.isAfter(today)) {
                    rejections.add(Decision.Reason.ofField("heldOn", "survey.note.date-future"));
                }
            } catch (DateTimeParseException e) {
                rejections.add(Decision.Reason.ofField("heldOn", "survey.note.date-invalid"));
            }
        }
        if (blank(note.text())) {
            rejections.add(Decision.Reason.ofField("text", "survey.note.text-required"));
        } else if (note.text().strip().length() > MAX_TEXT) {
            rejections.add(Decision.Reason.ofField("text", "survey.note.too-long", MAX_TEXT));
        }
        if (note.themeIds().isEmpty()) {
            rejections.add(Decision.Reason.ofField("themeIds", "survey.note.themes-required"));
        } else {
            for (Long id : note.themeIds()) {
                if (id == null || !activeThemes.contains(id)) {
                    rejections.add(Decision.Reason.ofField("themeIds", "survey.note.theme-unknown", String.valueOf(id)));
                }
            }
        }
        Decision.rejectAll(rejections).orThrow();
        return heldOn;
    }

    /** Refuses a theme without a label, with a label too long, or with the label of another active theme. */
    static void check(ThemeInput theme, Predicate<String> labelTaken) {
        List<Decision.Reason> rejections = new ArrayList<>();
        if (blank(theme.label())) {
            rejections.add(Decision.Reason.ofField("label", "survey.theme.label-required"));
        } else if (theme.label().strip().length() > MAX_SHORT) {
            rejections.add(Decision.Reason.ofField("label", "survey.note.too-long", MAX_SHORT));
        } else if (labelTaken.test(theme.label().strip())) {
            rejections.add(Decision.Reason.ofField("label", "survey.theme.label-taken", theme.label().strip()));
        }
        if (theme.labelEn() != null && theme.labelEn().strip().length() > MAX_SHORT) {
            rejections.add(Decision.Reason.ofField("labelEn", "survey.note.too-long", MAX_SHORT));
        }
        Decision.rejectAll(rejections).orThrow();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
