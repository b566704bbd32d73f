// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

import id.netra.shared.Decision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What an instrument must satisfy before it is stored: named questions, unique codes, choices where needed. */
public final class InstrumentRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

    private InstrumentRules() {
    }

    public static void check(Instrument instrument) {
        List<Decision.Reason> rejections = new ArrayList<>();
        if (instrument.title() == null || instrument.title().isBlank()) {
            rejections.add(Decision.Reason.ofField("title", "survey.instrument.title-required"));
        }
        if (instrument.questions().isEmpty()) {
            rejections.add(Decision.Reason.ofField("questions", "survey.instrument.questions-required"));
        }
        Set<String> codes = new HashSet<>();
        for (int q = 0; q < instrument.questions().size(); q++) {
            Question question = instrument.questions().get(q);
            String field = "questions[" + q + "]";
            if (question.code() == null || !CODE.matcher(question.code()).matches()) {
                rejections.add(Decision.Reason.ofField(field + ".code", "survey.instrument.code-invalid"));
            } else if (!codes.add(question.code())) {
                rejections.add(Decision.Reason.ofField(field + ".code", "survey.instrument.code-duplicate",
                        question.code()));
            }
            if (question.kind() == null) {
                rejections.add(Decision.Reason.ofField(field + ".kind", "survey.instrument.kind-required"));
                continue;
            }
            if (question.label() == null || question.label().isBlank()) {
                rejections.add(Decision.Reason.ofField(field + ".label", "survey.instrument.label-required"));
            }
            boolean needsChoices = question.kind().categorical() || question.kind() == QuestionKind.MULTI;
            if (needsChoices && question.choices().size() < 2) {
                rejections.add(Decision.Reason.ofField(field + ".choices", "survey.instrument.choices-required"));
            }
            Set<String> choiceCodes = new HashSet<>();
            for (int c = 0; c < question.choices().size(); c++) {
                Choice choice = question.choices().get(c);
                if (choice.code() == null || choice.code().isBlank() || choice.code().contains(" ")) {
                    rejections.add(Decision.Reason.ofField(field + ".choices[" + c + "].code",
                            "survey.instrument.choice-code-invalid"));
                } else if (!choiceCodes.add(choice.code())) {
                    rejections.add(Decision.Reason.ofField(field + ".choices[" + c + "].code",
                            "survey.instrument.code-duplicate", choice.code()));
                }
            }
        }
        Decision.rejectAll(rejections).orThrow();
    }
}
