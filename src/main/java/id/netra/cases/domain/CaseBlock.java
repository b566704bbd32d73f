// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A block of the violator's personnel data in SIASN, which BKN imposes on a PPK who does not act (Peraturan BKN
 * 1/2023; SKB of 10 Sep 2020) and which lasts until the PPK acts: the PPK's decision lifts it. A flag beside the
 * case, not a state: the PPK can decide while the data is blocked.
 */
@Entity
@Table(schema = "cases", name = "case_block")
public class CaseBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Column(name = "blocked_on", nullable = false)
    private LocalDate blockedOn;

    @Column(name = "siasn_reference", nullable = false)
    private String siasnReference;

    @Column(name = "blocked_by", nullable = false)
    private String blockedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "unblocked_on")
    private LocalDate unblockedOn;

    @Column(name = "unblock_reference")
    private String unblockReference;

    @Column(name = "unblocked_by")
    private String unblockedBy;

    @Column(name = "unblock_recorded_at")
    private Instant unblockRecordedAt;

    protected CaseBlock() {
    }

    CaseBlock(Case caseFile, Step step, String siasnReference) {
        this.caseFile = caseFile;
        this.blockedOn = step.day();
        this.siasnReference = Objects.requireNonNull(siasnReference);
        this.blockedBy = step.actor();
        this.recordedAt = step.at();
    }

    /** The PPK acted: {@code reference} is what lifted the block, e.g. the decree number. */
    void lift(Step step, String reference) {
        unblockedOn = step.day().isBefore(blockedOn) ? blockedOn : step.day();
        unblockReference = reference;
        unblockedBy = step.actor();
        unblockRecordedAt = step.at();
    }

    public boolean active() {
        return unblockedOn == null;
    }

    public LocalDate blockedOn() {
        return blockedOn;
    }

    public String siasnReference() {
        return siasnReference;
    }

    public String blockedBy() {
        return blockedBy;
    }

    public LocalDate unblockedOn() {
        return unblockedOn;
    }

    public String unblockReference() {
        return unblockReference;
    }
}
