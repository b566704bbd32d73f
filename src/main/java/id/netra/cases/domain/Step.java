// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.shared.TimeConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who does something to a case, when, why, and on which documents: what every timeline entry records.
 *
 * @param actor a username, or {@code system} for the sweep and the intake listener
 * @param documentRefs references to letters, decrees or evidence (numbers or hashes), never file contents
 */
public record Step(String actor, Instant at, String reason, List<String> documentRefs) {

    public static final String SYSTEM = "system";

    public Step {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(at);
        documentRefs = documentRefs == null ? List.of()
                : documentRefs.stream().filter(ref -> ref != null && !ref.isBlank()).map(String::strip).toList();
    }

    public static Step of(String actor, Instant at, String reason) {
        return new Step(actor, at, reason, List.of());
    }

    /** The office day the step happened on: statutory clocks run on Western Indonesia Time. */
    public LocalDate day() {
        return LocalDate.ofInstant(at, TimeConfiguration.WIB);
    }
}
