// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import id.netra.shared.TimeConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a case's timeline; append-only (the table refuses UPDATE and DELETE). */
@Entity
@Table(schema = "cases", name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private CaseState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private CaseState to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseAction action;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    private String reason;

    /** The day the step really happened; {@code null} on entries from before effective dates were kept. */
    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "document_refs", nullable = false)
    private List<String> documentRefs;

    protected CaseTransition() {
    }

    CaseTransition(Case caseFile, CaseState from, CaseState to, CaseAction action, Step step) {
        this.caseFile = caseFile;
        this.from = from;
        this.to = to;
        this.action = action;
        this.actor = step.actor();
        this.at = step.at();
        this.reason = step.reason();
        this.effectiveOn = step.day();
        this.documentRefs = step.documentRefs();
    }

    public Long id() {
        return id;
    }

    public CaseState from() {
        return from;
    }

    public CaseState to() {
        return to;
    }

    public CaseAction action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    /** The day the step really happened, which may be earlier than {@link #at()}, the day it was recorded. */
    public LocalDate effectiveOn() {
        return effectiveOn != null ? effectiveOn : LocalDate.ofInstant(at, TimeConfiguration.WIB);
    }

    /** Whether the step was recorded on a later day than it happened. */
    public boolean backDated() {
        return !effectiveOn().equals(LocalDate.ofInstant(at, TimeConfiguration.WIB));
    }

    public String reason() {
        return reason;
    }

    public List<String> documentRefs() {
        return List.copyOf(documentRefs);
    }
}
