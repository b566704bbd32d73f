// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.AppealKind;
import id.netra.cases.domain.AppealOutcome;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.LeftServiceKind;
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

    record Forward(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.FORWARD;
        }
    }

    record Stop(Long version, @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.STOP;
        }
    }

    record NotRegistered(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.NOT_REGISTERED;
        }
    }

    /** {@code agencyCode} resolves the employing agency when the report's free text matched none. */
    record Verify(Long version, @Size(max = MAX_TEXT) String reason, @Size(max = 60) String agencyCode,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.VERIFY;
        }
    }

    /** {@code violationCode} is the proven violation; it defaults to the reported one. */
    record Recommend(Long version, @Size(max = MAX_TEXT) String reason,
            @Pattern(regexp = "KE-[1-7]|DS-([1-9]|1[0-2])", message = "{case.validation.violation-code}") String violationCode,
            @Size(max = 60) String agencyCode,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.RECOMMEND;
        }
    }

    record NotProven(Long version,
            @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
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
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.DECIDE;
        }
    }

    record Reprimand(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.REPRIMAND;
        }
    }

    record Block(Long version, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.BLOCK;
        }
    }

    /** {@code followUpReference}: the PPK's report of follow-up that justifies lifting the block. */
    record Unblock(Long version,
            @NotBlank(message = "{case.validation.follow-up-required}") @Size(max = MAX_REF) String followUpReference,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.UNBLOCK;
        }
    }

    record Cancel(Long version, @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.CANCEL;
        }
    }

    record Reject(Long version, @NotBlank(message = "{case.validation.reason-required}") @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.REJECT;
        }
    }

    record LeftService(Long version, @NotNull(message = "{case.validation.kind-required}") LeftServiceKind kind,
            @NotNull(message = "{case.validation.date-required}") LocalDate effectiveOn,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.LEFT_SERVICE;
        }
    }

    record Appeal(Long version, @NotNull(message = "{case.validation.kind-required}") AppealKind kind,
            @NotNull(message = "{case.validation.date-required}") LocalDate filedOn,
            @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.APPEAL;
        }
    }

    /** {@code sanctionCode} is the replacement sanction, required when the outcome is AMENDED. */
    record DecideAppeal(Long version, @NotNull(message = "{case.validation.outcome-required}") AppealOutcome outcome,
            @NotBlank(message = "{case.validation.decree-number-required}") @Size(max = 120) String decisionNumber,
            @NotNull(message = "{case.validation.date-required}") LocalDate decidedOn,
            @Size(max = 80) String sanctionCode, @Size(max = MAX_TEXT) String reason,
            @Size(max = 20) List<@Size(max = MAX_REF) String> documents) implements ActionRequest {
        public CaseAction action() {
            return CaseAction.DECIDE_APPEAL;
        }
    }
}
