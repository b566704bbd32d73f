// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.AppealKind;
import id.netra.cases.domain.AppealOutcome;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.ControlAuthority;
import id.netra.cases.domain.LeftServiceKind;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.domain.PersonEmployment;
import id.netra.reference.PositionClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/cases/{id}/actions/{action}}, one record per action. {@code version} is the case
 * version the client last saw: when given and stale the request is refused with 409 instead of overwriting a change
 * the client has not seen. {@code documents} are references (letter or decree numbers, evidence hashes).
 */
public sealed interface ActionRequest {

    int MAX_TEXT = 4000;
    int MAX_REF = 200;

    CaseAction action();

    Long version();

    String reason();

    List<@Size(max = MAX_REF) String> documents();

    /**
     * The day the step really happened, when it is recorded later (entering a 2019 case with its history); empty
     * means today. Never in the future, never before the case's previous step.
     */
    LocalDate effectiveDate();

    record Forward(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.FORWARD;
        }
    }

    /** {@code reasonCode}: why, as a code outcomes are counted by ({@link OutcomeReason#forAction}). */
    record Stop(Long version, @NotNull(message = "{case.validation.reason-code-required}") OutcomeReason reasonCode,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.STOP;
        }
    }

    record NotRegistered(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.NOT_REGISTERED;
        }
    }

    /** Information is missing: from the reporter (at Bawaslu's review) or in the supervisor's file. */
    record AskInfo(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.ASK_INFO;
        }
    }

    record InfoComplete(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.INFO_COMPLETE;
        }
    }

    record NotAViolation(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.NOT_A_VIOLATION;
        }
    }

    record NotAsn(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.NOT_ASN;
        }
    }

    /**
     * Corrects how the reported person is counted: any of the position class, employment type (PNS, CPNS, PPPK,
     * NOT_ASN), area head (camat, lurah) and acting regional head (Pj); the reason is required.
     */
    record CorrectPerson(Long version, PositionClass positionClass, PersonEmployment employmentType,
            Boolean areaHead, Boolean actingRegionalHead,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.CORRECT_PERSON;
        }
    }

    record StartExamination(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.START_EXAMINATION;
        }
    }

    /**
     * {@code agencyCode} resolves the employing agency when the report's free text matched none; {@code categoryCode}
     * is the statistical category the case is counted in, one of those its violation form allows.
     */
    record Verify(Long version, @Size(max = MAX_TEXT) String reason, @Size(max = 60) String agencyCode,
            @Size(max = 32) String categoryCode,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.VERIFY;
        }
    }

    /**
     * {@code violationCode} is the proven violation; it defaults to the reported one. {@code categoryCode} as for
     * {@link Verify}; when the proven form does not allow the case's category, its default is taken.
     */
    record Recommend(Long version, @Size(max = MAX_TEXT) String reason,
            @Pattern(regexp = "KE-[1-7]|DS-([1-9]|1[0-2])", message = "{case.validation.violation-code}") String violationCode,
            @Size(max = 60) String agencyCode, @Size(max = 32) String categoryCode,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.RECOMMEND;
        }
    }

    record NotProven(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.NOT_PROVEN;
        }
    }

    /** {@code justification} is required when the sanction is lighter than the catalogue mapping. */
    record Decide(Long version,
            @NotBlank(message = "{case.validation.decree-number-required}") @Size(max = 120) String decreeNumber,
            @NotNull(message = "{case.validation.decree-date-required}") LocalDate decreeDate,
            @NotBlank(message = "{case.validation.sanction-required}") @Size(max = 80) String sanctionCode,
            @Size(max = MAX_TEXT) String justification, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.DECIDE;
        }
    }

    /** {@code issuedBy}: BKN (default), KEMENDAGRI (regional-head PPKs) or KEMENPANRB (central agencies). */
    record Reprimand(Long version, ControlAuthority issuedBy, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.REPRIMAND;
        }
    }

    record ReportToPresident(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.REPORT_TO_PRESIDENT;
        }
    }

    /** {@code siasnReference}: the reference of the block in SIASN (Peraturan BKN 1/2023). */
    record Block(Long version,
            @NotBlank(message = "{case.validation.siasn-reference-required}") @Size(max = MAX_REF) String siasnReference,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.BLOCK;
        }
    }

    record Cancel(Long version, @NotNull(message = "{case.validation.reason-code-required}") OutcomeReason reasonCode,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.CANCEL;
        }
    }

    record Reject(Long version, @NotNull(message = "{case.validation.reason-code-required}") OutcomeReason reasonCode,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.REJECT;
        }
    }

    record LeftService(Long version, @NotNull(message = "{case.validation.kind-required}") LeftServiceKind kind,
            @NotNull(message = "{case.validation.date-required}") LocalDate effectiveOn,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.LEFT_SERVICE;
        }
    }

    record Appeal(Long version, @NotNull(message = "{case.validation.kind-required}") AppealKind kind,
            @NotNull(message = "{case.validation.date-required}") LocalDate filedOn,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.APPEAL;
        }
    }

    /** {@code sanctionCode} is the replacement sanction, required when the outcome is AMENDED. */
    record DecideAppeal(Long version, @NotNull(message = "{case.validation.outcome-required}") AppealOutcome outcome,
            @NotBlank(message = "{case.validation.decree-number-required}") @Size(max = 120) String decisionNumber,
            @NotNull(message = "{case.validation.date-required}") LocalDate decidedOn,
            @Size(max = 80) String sanctionCode, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents, LocalDate effectiveDate) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.DECIDE_APPEAL;
        }
    }
}
