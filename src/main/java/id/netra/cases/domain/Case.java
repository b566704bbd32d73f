// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.shared.Decision;
import id.netra.reference.SanctionLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A neutrality case about one reported civil servant. State only changes through the intention-named methods below,
 * each checked against {@link CaseLifecycle} and recorded as a {@link CaseTransition}; who may call them is decided
 * by the policies in {@code domain.policy} before they are called. The version column gives optimistic locking.
 */
@Entity
@Table(schema = "cases", name = "case_file")
public class Case extends CaseRecord {

    /** The intake channel of demo cases. */
    public static final String SYNTHETIC_CHANNEL = "DEMO";

    protected Case() {
    }

    private Case(NewCase opening, Instant at) {
        super(opening, at);
    }

    public static Case open(NewCase opening, Step step, DeadlineSchedule schedule) {
        Case opened = new Case(opening, step.at());
        if (opening.route() == CaseRoute.SATGAS_FIRST) {
            // the 2024 SBT route: the Satgas verifies in SBT before Bawaslu studies the report
            opened.record(null, CaseState.SATGAS_SCREENING, CaseAction.OPEN, step, schedule);
            opened.transferCustody(HolderType.BKN, "SATGAS", step.effectiveAt(), CaseAction.OPEN);
        } else {
            opened.record(null, CaseState.RECEIVED, CaseAction.OPEN, step, schedule);
            opened.transferCustody(HolderType.BAWASLU, "BAWASLU-" + opening.regionCode(), step.effectiveAt(),
                    CaseAction.OPEN);
        }
        return opened;
    }

    /** The Satgas verified an SBT report: it goes to the Bawaslu study, whose clock starts now. */
    public void screen(Step step, DeadlineSchedule schedule) {
        move(CaseAction.SCREEN, CaseState.RECEIVED, step, schedule);
        transferCustody(HolderType.BAWASLU, "BAWASLU-" + regionCode, step.effectiveAt(), CaseAction.SCREEN);
    }

    // --- Bawaslu review -------------------------------------------------------------------------------------

    /** The ASN aspect goes to the examining authority, KASN or BKN depending on the date (see the handover policy). */
    public void forward(Step step, HolderType examiner, DeadlineSchedule schedule) {
        if (examiner != HolderType.KASN && examiner != HolderType.BKN) {
            throw new IllegalArgumentException("Only KASN or BKN examine neutrality cases: " + examiner);
        }
        move(CaseAction.FORWARD, CaseState.FORWARDED, step, schedule);
        supervisingAuthority = examiner;
        transferCustody(examiner, examiner.name(), step.effectiveAt(), CaseAction.FORWARD);
    }

    public void stop(Step step, OutcomeReason reason) {
        move(CaseAction.STOP, CaseState.STOPPED, step, null);
        outcomeReason = checked(reason, CaseAction.STOP);
    }

    public void notRegistered(Step step) {
        move(CaseAction.NOT_REGISTERED, CaseState.NOT_REGISTERED, step, null);
    }

    /** Bawaslu's study found no violation: an outcome of its own, not a stop of the handling. */
    public void notAViolation(Step step) {
        move(CaseAction.NOT_A_VIOLATION, CaseState.NOT_A_VIOLATION, step, null);
    }

    /** The reported person is not a civil servant; no ASN case can follow. */
    public void notAsn(Step step) {
        move(CaseAction.NOT_ASN, CaseState.NOT_ASN, step, null);
    }

    /**
     * Information is missing; the case waits and remembers where it was asked from. Its clock is paused: the days it
     * had left are kept, and nobody is late while the information is awaited.
     */
    public void askInfo(Step step, DeadlineSchedule schedule) {
        CaseState askedFrom = state;
        Deadline running = deadline();
        int daysLeft = running == null ? 0 : schedule.daysLeftOn(running, step.day());
        move(CaseAction.ASK_INFO, CaseState.NEEDS_INFO, step, null);
        needsInfoFrom = askedFrom;
        if (running != null) {
            pauseDeadline(running, daysLeft);
        }
    }

    /**
     * The information came: back to the state it was asked from, whose paused clock resumes with the days it had
     * left (a fresh clock for that stage when none was paused).
     */
    public void infoComplete(Step step, DeadlineSchedule schedule) {
        CaseState back = needsInfoFrom == null ? CaseState.RECEIVED : needsInfoFrom;
        move(CaseAction.INFO_COMPLETE, back, step, schedule);
        needsInfoFrom = null;
        takePausedClock().filter(paused -> paused.deadline().stage() == back.deadlineStage())
                .ifPresent(paused -> setDeadline(schedule.resumedOn(paused.deadline(), paused.daysLeft(), step.day())));
    }

    // --- verification and examination ------------------------------------------------------------------------

    public void verify(Step step) {
        move(CaseAction.VERIFY, CaseState.UNDER_VERIFICATION, step, null);
    }

    /** Resolves which agency (and so which PPK) the case belongs to, when the report did not say it clearly. */
    public void resolveAgency(String agencyCode, String agencyName) {
        person.resolveAgency(agencyCode, agencyName);
    }

    /**
     * The examination proved the violation: the case goes to the PPK of the person's agency with the sanction level
     * the catalogue maps the violation to.
     */
    public void recommend(Step step, String provenViolationCode, SanctionLevel proposed, DeadlineSchedule schedule) {
        if (person.agencyCode() == null) {
            Decision.reject("case.recommend.agency-unknown").orThrow();
        }
        move(CaseAction.RECOMMEND, CaseState.RECOMMENDED, step, schedule);
        violationCode = Objects.requireNonNull(provenViolationCode);
        proposedLevel = Objects.requireNonNull(proposed);
        milestones().recommended(step.day());
        transferCustody(HolderType.PPK, person.agencyCode(), step.effectiveAt(), CaseAction.RECOMMEND);
    }

    public void notProven(Step step) {
        move(CaseAction.NOT_PROVEN, CaseState.NOT_PROVEN, step, null);
    }

    public void cancel(Step step, OutcomeReason reason) {
        move(CaseAction.CANCEL, CaseState.CANCELLED, step, null);
        outcomeReason = checked(reason, CaseAction.CANCEL);
    }

    public void reject(Step step, OutcomeReason reason) {
        move(CaseAction.REJECT, CaseState.REJECTED, step, null);
        outcomeReason = checked(reason, CaseAction.REJECT);
    }

    private static OutcomeReason checked(OutcomeReason reason, CaseAction action) {
        if (reason == null || !reason.appliesTo(action)) {
            Decision.reject("case.reason-code.not-for-action", reason, action.key()).orThrow();
        }
        return reason;
    }

    // --- the PPK's examination and decision ----------------------------------------------------------------------

    /** The PPK examines (PP 94/2021: summons, examination team); the follow-up clock keeps running. */
    public void startExamination(Step step) {
        move(CaseAction.START_EXAMINATION, CaseState.PPK_EXAMINATION, step, null);
        blockDueSince = null; // the PPK is acting: nothing for BKN to block
    }

    // --- the PPK's decision --------------------------------------------------------------------------------------

    /**
     * Call only with a decision the sanction-consistency policy accepted. The PPK's decision is the follow-up that
     * lifts a SIASN block (DOMAIN: the block lasts until the PPK acts), so deciding lifts it with the decree number.
     */
    public void decide(Step step, SanctionDecision decision) {
        move(CaseAction.DECIDE, CaseState.SANCTIONED, step, null);
        this.decision = Objects.requireNonNull(decision);
        milestones().decided(decision.decreeDate());
        liftBlock(step, decision.decreeNumber());
    }

    // --- escalation ----------------------------------------------------------------------------------------------

    /** The PPK's deadline passed; {@code lateSince} is the first late day, whatever day the sweep ran. */
    public void markOverdue(Step step, LocalDate lateSince) {
        move(CaseAction.MARK_OVERDUE, CaseState.OVERDUE, step, null);
        milestones().overdue(lateSince);
    }

    public void reprimand(Step step, DeadlineSchedule schedule) {
        reprimand(step, ControlAuthority.BKN, "PPK", schedule);
    }

    /**
     * The PPK is reprimanded by {@code issuer} (BKN, Kemendagri for regional heads, KemenPANRB for central agencies;
     * the control-authority policy checked which may); the timeline says who reprimanded whom.
     */
    public void reprimand(Step step, ControlAuthority issuer, String ppk, DeadlineSchedule schedule) {
        move(CaseAction.REPRIMAND, CaseState.REPRIMANDED, said(step, "Teguran oleh " + issuer.officialName()
                + " kepada " + ppk + " selaku Pejabat Pembina Kepegawaian."), schedule);
        reprimandedBy = issuer;
    }

    /** KASN reported the PPK to the President (KASN-era cases; the policy checked it); the state is kept. */
    public void reportToPresident(Step step, String ppk) {
        move(CaseAction.REPORT_TO_PRESIDENT, state, said(step, "Laporan " + ControlAuthority.KASN.officialName()
                + " kepada Presiden tentang " + ppk + " selaku Pejabat Pembina Kepegawaian yang tidak "
                + "menindaklanjuti rekomendasi."), null);
    }

    /** The step with {@code what} in front of the actor's own reason. */
    private static Step said(Step step, String what) {
        String reason = step.reason() == null ? what : what + " " + step.reason();
        return new Step(step.actor(), step.at(), reason, step.documentRefs(), step.effectiveOn());
    }

    /**
     * The PPK let the reprimand's days pass: the block is due. Only BKN blocks (Peraturan BKN 1/2023), so the sweep
     * puts the case in BKN's "block due" queue and records that on the timeline, without blocking anything.
     *
     * @return whether the case was queued now (not already queued or blocked)
     */
    public boolean queueBlock(Step step, LocalDate dueSince) {
        if (activeBlock().isPresent() || blockDueSince != null) {
            return false;
        }
        move(CaseAction.BLOCK_DUE, state, step, null);
        blockDueSince = Objects.requireNonNull(dueSince);
        return true;
    }

    /** A BKN officer blocked the violator's data in SIASN; the case keeps its state and the PPK may still decide. */
    public void block(Step step, String siasnReference) {
        if (activeBlock().isPresent()) {
            Decision.reject("case.block.already-blocked").orThrow();
        }
        move(CaseAction.BLOCK, state, step, null);
        blocks.add(new CaseBlock(this, step, siasnReference));
        blockDueSince = null;
        milestones().blocked(step.day());
    }

    // --- side exits and appeal ------------------------------------------------------------------------------------

    public void leftService(Step step, LeftServiceKind kind, LocalDate effectiveOn) {
        move(CaseAction.LEFT_SERVICE, CaseState.LEFT_SERVICE, step, null);
        leftServiceKind = Objects.requireNonNull(kind);
        leftServiceOn = Objects.requireNonNull(effectiveOn);
        // nobody is left whose personnel services a block could hold back
        liftBlock(step, "berhenti dari ASN (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    public void appeal(Step step, AppealKind kind, LocalDate filedOn) {
        move(CaseAction.APPEAL, CaseState.UNDER_APPEAL, step, null);
        appeal = new Appeal(kind, filedOn);
    }

    /** {@code amended} replaces the decision when the outcome is {@link AppealOutcome#AMENDED}; else ignored. */
    public void decideAppeal(Step step, AppealOutcome outcome, String decisionNumber, LocalDate decidedOn,
            SanctionDecision amended) {
        move(CaseAction.DECIDE_APPEAL, outcome.resultingState(), step, null);
        appeal.decide(outcome, decisionNumber, decidedOn);
        if (outcome == AppealOutcome.AMENDED) {
            decision = Objects.requireNonNull(amended, "an amended outcome needs the new sanction");
        }
    }

    // --- statistics ------------------------------------------------------------------------------------------------

    /**
     * A Satgas or BKN officer corrects how the person is counted (position class, employment type, area-head and
     * Pj flags). The case keeps its state; the timeline records what changed, the audit trail the correction.
     */
    public void correctPerson(Step step, PersonCorrection correction) {
        if (correction.empty()) {
            Decision.reject("case.person.nothing-to-correct").orThrow();
        }
        List<String> changes = correction.changesFrom(person);
        String reason = String.join("; ", changes) + (step.reason() == null ? "" : ". " + step.reason());
        move(CaseAction.CORRECT_PERSON, state, new Step(step.actor(), step.at(), reason.strip(), step.documentRefs(),
                step.effectiveOn()), null);
        person.correct(correction);
    }

    /**
     * Counts the case in one category of the current taxonomy, replacing an earlier choice. Call only with a category
     * the case's violation form allows (the reference catalogue decides which).
     */
    public void categorise(String categoryCode, Step step) {
        categories.stream().filter(c -> c.taxonomy().equals(CaseCategory.CURRENT_TAXONOMY)).findFirst()
                .ifPresentOrElse(c -> c.choose(categoryCode, step),
                        () -> categories.add(new CaseCategory(this, CaseCategory.CURRENT_TAXONOMY, categoryCode, step)));
    }

    // --- custody ---------------------------------------------------------------------------------------------------

    /**
     * The KASN→BKN handover (SE MenPANRB 4/2024): BKN takes over supervision, and the file itself if KASN held it.
     * Recorded on the timeline without a change of state.
     *
     * @return whether anything changed; a case already with BKN is left alone so the handover can be re-run
     */
    public boolean handOverToBkn(Step step) {
        if (supervisingAuthority != HolderType.KASN || state.terminal()) {
            return false;
        }
        supervisingAuthority = HolderType.BKN;
        if (currentCustody().holderType() == HolderType.KASN) {
            transferCustody(HolderType.BKN, HolderType.BKN.name(), step.effectiveAt(), CaseAction.HANDOVER);
        }
        transitions.add(new CaseTransition(this, state, state, CaseAction.HANDOVER, step));
        touch(step.at());
        return true;
    }

    public CaseCustody currentCustody() {
        return custody.stream().filter(CaseCustody::current).findFirst().orElseThrow();
    }

    // --- internals -------------------------------------------------------------------------------------------------

    private void liftBlock(Step step, String reference) {
        activeBlock().ifPresent(block -> block.lift(step, reference));
        blockDueSince = null;
    }

    private void move(CaseAction action, CaseState to, Step step, DeadlineSchedule schedule) {
        if (!CaseLifecycle.allows(action, state, to)) {
            Decision.reject("case.action.not-allowed-in-state", action.key(), state).orThrow();
        }
        record(state, to, action, step, schedule);
    }

    private void record(CaseState from, CaseState to, CaseAction action, Step step, DeadlineSchedule schedule) {
        transitions.add(new CaseTransition(this, from, to, action, step));
        state = to;
        rescheduleFor(to, step, schedule);
        touch(step.at());
    }

    /** A new clock starts only when the stage changes, so verification keeps the clock that forwarding started. */
    private void rescheduleFor(CaseState to, Step step, DeadlineSchedule schedule) {
        DeadlineStage next = to.deadlineStage();
        Deadline current = deadline();
        if (next == null) {
            setDeadline(null);
        } else if (current == null || current.stage() != next) {
            Objects.requireNonNull(schedule, "entering " + to + " starts a clock and needs a schedule");
            setDeadline(schedule.due(ElectionType.ofCode(electionCode), next, step.day()));
        }
    }

    private void transferCustody(HolderType type, String code, Instant at, CaseAction cause) {
        custody.stream().filter(CaseCustody::current).forEach(held -> held.end(at));
        custody.add(new CaseCustody(this, type, code, at, cause));
    }
}
