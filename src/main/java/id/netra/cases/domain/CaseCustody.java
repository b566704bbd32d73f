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
import java.time.Instant;

/**
 * Who held the case file from when until when: the Bawaslu office, KASN or BKN, the PPK's agency. The KASN→BKN
 * handover of 2024 left files in limbo; this history shows where each one was.
 */
@Entity
@Table(schema = "cases", name = "case_custody")
public class CaseCustody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_type", nullable = false)
    private HolderType holderType;

    @Column(name = "holder_code", nullable = false)
    private String holderCode;

    @Column(nullable = false)
    private Instant since;

    private Instant until;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseAction cause;

    protected CaseCustody() {
    }

    CaseCustody(Case caseFile, HolderType holderType, String holderCode, Instant since, CaseAction cause) {
        this.caseFile = caseFile;
        this.holderType = holderType;
        this.holderCode = holderCode;
        this.since = since;
        this.cause = cause;
    }

    void end(Instant at) {
        this.until = at;
    }

    public boolean current() {
        return until == null;
    }

    public HolderType holderType() {
        return holderType;
    }

    public String holderCode() {
        return holderCode;
    }

    public Instant since() {
        return since;
    }

    public Instant until() {
        return until;
    }

    public CaseAction cause() {
        return cause;
    }
}
