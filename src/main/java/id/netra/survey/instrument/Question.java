// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

import java.util.List;

/**
 * A question of an instrument, with its labels in Bahasa Indonesia and English. {@code publishedMeasure} names the
 * published measure (e.g. KASN's causes of non-neutrality) that asked the same question, or null.
 */
public record Question(String code, QuestionKind kind, String label, String labelEn, String publishedMeasure,
        List<Choice> choices) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean hasChoice(String choiceCode) {
        return choices.stream().anyMatch(c -> c.code().equals(choiceCode));
    }
}
