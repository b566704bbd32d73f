// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** An objection or administrative appeal against the PPK's decision, and its outcome once decided. */
@Embeddable
public class Appeal {

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_kind")
    private AppealKind kind;

    @Column(name = "appeal_filed_on")
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private AppealOutcome outcome;

    @Column(name = "appeal_decision_number")
    private String decisionNumber;

    @Column(name = "appeal_decided_on")
    private LocalDate decidedOn;

    protected Appeal() {
    }

    Appeal(AppealKind kind, LocalDate filedOn) {
        this.kind = Objects.requireNonNull(kind);
        this.filedOn = Objects.requireNonNull(filedOn);
    }

    void decide(AppealOutcome outcome, String decisionNumber, LocalDate decidedOn) {
        this.outcome = Objects.requireNonNull(outcome);
        this.decisionNumber = Objects.requireNonNull(decisionNumber);
        this.decidedOn = Objects.requireNonNull(decidedOn);
    }

    public AppealKind kind() {
        return kind;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public AppealOutcome outcome() {
        return outcome;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
