// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

import java.util.List;
import java.util.Optional;

/** A questionnaire: its title and questions in order. */
public record Instrument(String title, String description, List<Question> questions) {

    public Instrument {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
