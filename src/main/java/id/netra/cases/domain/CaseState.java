// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/**
 * Where a case stands. The allowed moves between states live in {@link CaseLifecycle}, nowhere else; this enum only
 * says which deadline clock runs while a case is in a state and whether the case is finished.
 */
public enum CaseState {
    /** Logged; Bawaslu's initial review (kajian awal) runs. */
    RECEIVED(DeadlineStage.BAWASLU_REVIEW),
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
    /** The PPK let the follow-up deadline pass; the passed deadline stays on the case. */
    OVERDUE(DeadlineStage.PPK_FOLLOW_UP),
    /** BKN reprimanded the PPK, who has a short time to comply before the data block. */
    REPRIMANDED(DeadlineStage.REPRIMAND_COMPLIANCE),
    /** The violator's personnel data is blocked in SIASN until the PPK reports follow-up. */
    DATA_BLOCKED(null),
    /** The PPK reported follow-up; the block is lifted and the decision is due. */
    UNBLOCKED(DeadlineStage.PPK_FOLLOW_UP),
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

    /** No action leads out of a terminal state. */
    public boolean terminal() {
        return CaseLifecycle.actionsFrom(this).isEmpty();
    }
}
