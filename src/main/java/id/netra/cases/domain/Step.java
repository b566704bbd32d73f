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
 * @param at when the actor recorded the step (their own timestamp, always kept)
 * @param documentRefs references to letters, decrees or evidence (numbers or hashes), never file contents
 * @param effectiveOn the day the step really happened, when it was recorded later (a 2019 case entered today);
 *     {@code null} when it happened on the day it was recorded
 */
public record Step(String actor, Instant at, String reason, List<String> documentRefs, LocalDate effectiveOn) {

    public static final String SYSTEM = "system";

    public Step {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(at);
        documentRefs = documentRefs == null ? List.of()
                : documentRefs.stream().filter(ref -> ref != null && !ref.isBlank()).map(String::strip).toList();
    }

    public Step(String actor, Instant at, String reason, List<String> documentRefs) {
        this(actor, at, reason, documentRefs, null);
    }

    public static Step of(String actor, Instant at, String reason) {
        return new Step(actor, at, reason, List.of());
    }

    /** The same step with one more document reference. */
    public Step withDocument(String reference) {
        List<String> documents = new java.util.ArrayList<>(documentRefs);
        documents.add(reference);
        return new Step(actor, at, reason, documents, effectiveOn);
    }

    /**
     * The office day the step happened on, which every clock, milestone and the choice of supervising authority
     * follow: the effective date when given, else the day it was recorded (statutory clocks run on WIB).
     */
    public LocalDate day() {
        return effectiveOn != null ? effectiveOn : recordedOn();
    }

    /** The day the actor recorded the step. */
    public LocalDate recordedOn() {
        return LocalDate.ofInstant(at, TimeConfiguration.WIB);
    }

    /** The moment custody changed hands: the actor's timestamp, or the start of the effective day when back-dated. */
    public Instant effectiveAt() {
        return effectiveOn == null || effectiveOn.equals(recordedOn()) ? at
                : effectiveOn.atStartOfDay(TimeConfiguration.WIB).toInstant();
    }
}
