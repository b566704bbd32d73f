// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/**
 * Where a case stands. The allowed moves between states live in {@link CaseLifecycle}, nowhere else; this enum only
 * says which deadline clock runs while a case is in a state and whether the case is finished.
 */
public enum CaseState {
    /** Logged; Bawaslu's initial review (kajian awal) runs. */
    /** The 2024 SBT route: the Satgas verifies the report before the Bawaslu study ({@link CaseRoute}). */
    SATGAS_SCREENING(DeadlineStage.SATGAS_VERIFICATION),
    RECEIVED(DeadlineStage.BAWASLU_REVIEW),
    /**
     * Waiting for information: the reporter was asked to complete the formal or material requirements, or the
     * examining authority found the supervisor's documents incomplete (KASN's "incomplete documents" bucket). No
     * clock runs; completing the information restarts the clock of the state the case came from.
     */
    NEEDS_INFO(null),
    /** Bawaslu's study found no violation ("bukan pelanggaran"), which is not the same as stopping the handling. */
    NOT_A_VIOLATION(null),
    /** The reported person is not a civil servant (e.g. a village head or contract staff), so no ASN case. */
    NOT_ASN(null),
    /** Bawaslu forwarded the ASN aspect to the civil-service authority (KASN before the 2024 handover, then BKN). */
    FORWARDED(DeadlineStage.SATGAS_VERIFICATION),
    NOT_REGISTERED(null),
    STOPPED(null),
    /** Satgas/BKN verification and examination; the verification clock started at forwarding keeps running. */
    UNDER_VERIFICATION(DeadlineStage.SATGAS_VERIFICATION),
    NOT_PROVEN(null),
    /** A sanction recommendation went to the PPK, who must follow up. */
    RECOMMENDED(DeadlineStage.PPK_FOLLOW_UP),
    SANCTIONED(null),
    /** The PPK examines the case (summons, examination team, draft decision); the follow-up clock keeps running. */
    PPK_EXAMINATION(DeadlineStage.PPK_FOLLOW_UP),
    /** The PPK let the follow-up deadline pass; the passed deadline stays on the case. */
    OVERDUE(DeadlineStage.PPK_FOLLOW_UP),
    /** BKN reprimanded the PPK, who has a short time to comply before the data block. */
    REPRIMANDED(DeadlineStage.REPRIMAND_COMPLIANCE),
    /**
     * No longer entered: the SIASN block is a {@link CaseBlock} beside the case. Kept so that the timelines of
     * earlier releases, which had this state, still read.
     */
    DATA_BLOCKED(null),
    /** No longer entered, like {@link #DATA_BLOCKED}. */
    UNBLOCKED(null),
    CANCELLED(null),
    REJECTED(null),
    /** The reported civil servant retired, resigned or was dismissed; nobody can be sanctioned any more. */
    LEFT_SERVICE(null),
    /** The sanctioned civil servant filed an objection (keberatan) or an administrative appeal (banding). */
    UNDER_APPEAL(null),
    SANCTION_ANNULLED(null);

    private final DeadlineStage deadlineStage;

    CaseState(DeadlineStage deadlineStage) {
        this.deadlineStage = deadlineStage;
    }

    /** The deadline clock that runs in this state, or {@code null} when none does. */
    public DeadlineStage deadlineStage() {
        return deadlineStage;
    }

    /** A state earlier releases used and no move enters any more (kept so that old timelines read). */
    public boolean legacy() {
        return this == DATA_BLOCKED || this == UNBLOCKED;
    }

    /** No action leads out of a terminal state (corrections that keep the state do not count). */
    public boolean terminal() {
        return CaseLifecycle.moves().stream().noneMatch(move -> move.from() == this && move.to() != this);
    }
}
