// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static id.netra.identity.Role.*;

import id.netra.reference.PositionClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The user actions, one record per action, each declared once ({@link Declares}: roles and moves) with its fields
 * (the body of {@code POST /api/v1/cases/{id}/actions/{action}} and the form on the case page) and its behaviour
 * ({@link #applyTo}). {@code version} is the case
 * version the client last saw: when given and stale the request is refused with 409 instead of overwriting a change
 * the client has not seen. {@code documents} are references (letter or decree numbers, evidence hashes).
 */
public sealed interface ActionRequest {

    int MAX_TEXT = 4000;
    int MAX_REF = 200;

    /** Which action this record declares ({@link Declares}). */
    default CaseAction action() {
        return getClass().getAnnotation(Declares.class).value();
    }

    /** The action's behaviour: the aggregate's intention-named call, through the context where a policy decides. */
    void applyTo(Case c, Step step, ActionContext context);

    Long version();

    String reason();

    List<@Size(max = MAX_REF) String> documents();

    /**
     * The day the step really happened, when it is recorded later (entering a 2019 case with its history); empty
     * means today. Never in the future, never before the case's previous step.
     */
    LocalDate effectiveDate();

    /** The Satgas verified a report that entered through SBT; the Bawaslu study follows (the 2024 route). */
    @Declares(value = CaseAction.SCREEN, by = {SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = CaseState.SATGAS_SCREENING, to = CaseState.RECEIVED)
    record Screen(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.screen(step, context.schedule());
        }
    }

    @Declares(value = CaseAction.FORWARD, by = {BAWASLU_OFFICER, ADMIN},
            from = CaseState.RECEIVED, to = CaseState.FORWARDED)
    /**
     * {@code categoryCode}: the statistical category, chosen by the Bawaslu officer who verified the report, from
     * those its violation form allows (the default is preselected); the examiner may still change it.
     */
    record Forward(Long version, @Size(max = MAX_TEXT) String reason, @Size(max = 32) String categoryCode,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {

        /** Without a category: the case keeps the one it has. */
        public Forward(Long version, String reason, List<String> documents, LocalDate effectiveDate) {
            this(version, reason, null, documents, effectiveDate);
        }

        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.forward(c, this, step);
        }
    }

    /** {@code reasonCode}: why, as a code outcomes are counted by ({@link OutcomeReason#forAction}). */
    @Declares(value = CaseAction.STOP, by = {BAWASLU_OFFICER, ADMIN},
            from = {CaseState.RECEIVED, CaseState.NEEDS_INFO}, to = CaseState.STOPPED, confirm = true)
    record Stop(Long version, @NotNull(message = "{case.validation.reason-code-required}") OutcomeReason reasonCode,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.stop(step, reasonCode);
        }
    }

    @Declares(value = CaseAction.NOT_REGISTERED, by = {BAWASLU_OFFICER, ADMIN},
            from = {CaseState.RECEIVED, CaseState.NEEDS_INFO}, to = CaseState.NOT_REGISTERED, confirm = true)
    record NotRegistered(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.notRegistered(step);
        }
    }

    /** Information is missing: from the reporter (at Bawaslu's review) or in the supervisor's file. */
    @Declares(value = CaseAction.ASK_INFO, by = {BAWASLU_OFFICER, SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = {CaseState.RECEIVED, CaseState.FORWARDED}, to = CaseState.NEEDS_INFO)
    record AskInfo(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.askInfo(step, context.schedule());
        }
    }

    @Declares(value = CaseAction.INFO_COMPLETE, by = {BAWASLU_OFFICER, SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = CaseState.NEEDS_INFO, to = {CaseState.RECEIVED, CaseState.FORWARDED})
    record InfoComplete(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.infoComplete(step, context.schedule());
        }
    }

    @Declares(value = CaseAction.NOT_A_VIOLATION, by = {BAWASLU_OFFICER, ADMIN},
            from = CaseState.RECEIVED, to = CaseState.NOT_A_VIOLATION, confirm = true)
    record NotAViolation(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.notAViolation(step);
        }
    }

    @Declares(value = CaseAction.NOT_ASN, by = {BAWASLU_OFFICER, SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = {CaseState.SATGAS_SCREENING, CaseState.RECEIVED, CaseState.NEEDS_INFO, CaseState.FORWARDED, CaseState.UNDER_VERIFICATION},
            to = CaseState.NOT_ASN, confirm = true)
    record NotAsn(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.notAsn(step);
        }
    }

    /**
     * Corrects how the reported person is counted: any of the position class, employment type (PNS, CPNS, PPPK,
     * NOT_ASN), area head (camat, lurah) and acting regional head (Pj); the reason is required.
     */
    @Declares(value = CaseAction.CORRECT_PERSON, by = {SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            fromEveryState = true)
    record CorrectPerson(Long version, PositionClass positionClass, PersonEmployment employmentType,
            Boolean areaHead, Boolean actingRegionalHead,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.correctPerson(step, new PersonCorrection(positionClass, employmentType, areaHead, actingRegionalHead));
        }
    }

    @Declares(value = CaseAction.START_EXAMINATION, by = {PPK_OFFICER, ADMIN},
            from = {CaseState.RECOMMENDED, CaseState.OVERDUE, CaseState.REPRIMANDED}, to = CaseState.PPK_EXAMINATION)
    record StartExamination(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.startExamination(step);
        }
    }

    /**
     * {@code agencyCode} resolves the employing agency when the report's free text matched none; {@code categoryCode}
     * is the statistical category the case is counted in, one of those its violation form allows.
     */
    @Declares(value = CaseAction.VERIFY, by = {SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = CaseState.FORWARDED, to = CaseState.UNDER_VERIFICATION)
    record Verify(Long version, @Size(max = MAX_TEXT) String reason, @Size(max = 60) String agencyCode,
            @Size(max = 32) String categoryCode,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.verify(c, this, step);
        }
    }

    /**
     * {@code violationCode} is the proven violation; it defaults to the reported one. {@code categoryCode} as for
     * {@link Verify}; when the proven form does not allow the case's category, its default is taken.
     */
    @Declares(value = CaseAction.RECOMMEND, by = {SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = CaseState.UNDER_VERIFICATION, to = CaseState.RECOMMENDED)
    record Recommend(Long version, @Size(max = MAX_TEXT) String reason,
            @Pattern(regexp = "KE-[1-7]|DS-([1-9]|1[0-2])", message = "{case.validation.violation-code}") String violationCode,
            @Size(max = 60) String agencyCode, @Size(max = 32) String categoryCode,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.recommend(c, this, step);
        }
    }

    @Declares(value = CaseAction.NOT_PROVEN, by = {SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = CaseState.UNDER_VERIFICATION, to = CaseState.NOT_PROVEN, confirm = true)
    record NotProven(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.notProven(step);
        }
    }

    /** {@code justification} is required when the sanction is lighter than the catalogue mapping. */
    @Declares(value = CaseAction.DECIDE, by = {PPK_OFFICER, ADMIN},
            from = {CaseState.RECOMMENDED, CaseState.PPK_EXAMINATION, CaseState.OVERDUE, CaseState.REPRIMANDED},
            to = CaseState.SANCTIONED, confirm = true)
    record Decide(Long version,
            @NotBlank(message = "{case.validation.decree-number-required}") @Size(max = 120) String decreeNumber,
            @NotNull(message = "{case.validation.decree-date-required}") LocalDate decreeDate,
            @NotBlank(message = "{case.validation.sanction-required}") @Size(max = 80) String sanctionCode,
            @Size(max = MAX_TEXT) String justification, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.decide(c, this, step);
        }
    }

    /** {@code issuedBy}: BKN (default), KEMENDAGRI (regional-head PPKs) or KEMENPANRB (central agencies). */
    @Declares(value = CaseAction.REPRIMAND, by = {BKN_OFFICER, ADMIN},
            from = CaseState.OVERDUE, to = CaseState.REPRIMANDED, confirm = true)
    record Reprimand(Long version, ControlAuthority issuedBy, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.reprimand(c, this, step);
        }
    }

    @Declares(value = CaseAction.REPORT_TO_PRESIDENT, by = {BKN_OFFICER, ADMIN},
            from = {CaseState.OVERDUE, CaseState.REPRIMANDED}, confirm = true)
    record ReportToPresident(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.reportToPresident(c, step);
        }
    }

    /** {@code siasnReference}: the reference of the block in SIASN (Peraturan BKN 1/2023). */
    @Declares(value = CaseAction.BLOCK, by = {BKN_OFFICER, ADMIN},
            from = {CaseState.OVERDUE, CaseState.REPRIMANDED}, confirm = true)
    record Block(Long version,
            @NotBlank(message = "{case.validation.siasn-reference-required}") @Size(max = MAX_REF) String siasnReference,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.block(step.withDocument(siasnReference.strip()), siasnReference.strip());
        }
    }

    @Declares(value = CaseAction.CANCEL, by = {SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = {CaseState.SATGAS_SCREENING, CaseState.RECEIVED, CaseState.NEEDS_INFO, CaseState.FORWARDED, CaseState.UNDER_VERIFICATION},
            to = CaseState.CANCELLED, confirm = true)
    record Cancel(Long version, @NotNull(message = "{case.validation.reason-code-required}") OutcomeReason reasonCode,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.cancel(step, reasonCode);
        }
    }

    @Declares(value = CaseAction.REJECT, by = {SATGAS_VERIFIER, BKN_OFFICER, ADMIN},
            from = {CaseState.SATGAS_SCREENING, CaseState.FORWARDED, CaseState.UNDER_VERIFICATION}, to = CaseState.REJECTED, confirm = true)
    record Reject(Long version, @NotNull(message = "{case.validation.reason-code-required}") OutcomeReason reasonCode,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.reject(step, reasonCode);
        }
    }

    @Declares(value = CaseAction.LEFT_SERVICE, by = {SATGAS_VERIFIER, BKN_OFFICER, PPK_OFFICER, ADMIN},
            from = {CaseState.FORWARDED, CaseState.UNDER_VERIFICATION, CaseState.RECOMMENDED, CaseState.PPK_EXAMINATION, CaseState.OVERDUE, CaseState.REPRIMANDED},
            to = CaseState.LEFT_SERVICE, confirm = true)
    record LeftService(Long version, @NotNull(message = "{case.validation.kind-required}") LeftServiceKind kind,
            @NotNull(message = "{case.validation.date-required}") LocalDate effectiveOn,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            c.leftService(step, kind, effectiveOn);
        }
    }

    @Declares(value = CaseAction.APPEAL, by = {PPK_OFFICER, BKN_OFFICER, ADMIN},
            from = CaseState.SANCTIONED, to = CaseState.UNDER_APPEAL)
    record Appeal(Long version, @NotNull(message = "{case.validation.kind-required}") AppealKind kind,
            @NotNull(message = "{case.validation.date-required}") LocalDate filedOn,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.appeal(c, this, step);
        }
    }

    /** {@code sanctionCode} is the replacement sanction, required when the outcome is AMENDED. */
    @Declares(value = CaseAction.DECIDE_APPEAL, by = {PPK_OFFICER, BKN_OFFICER, ADMIN},
            from = CaseState.UNDER_APPEAL, to = {CaseState.SANCTIONED, CaseState.SANCTION_ANNULLED}, confirm = true)
    record DecideAppeal(Long version, @NotNull(message = "{case.validation.outcome-required}") AppealOutcome outcome,
            @NotBlank(message = "{case.validation.decree-number-required}") @Size(max = 120) String decisionNumber,
            @NotNull(message = "{case.validation.date-required}") LocalDate decidedOn,
            @Size(max = 80) String sanctionCode, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        @Override
        public void applyTo(Case c, Step step, ActionContext context) {
            context.decideAppeal(c, this, step);
        }
    }
}
