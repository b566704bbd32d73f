// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.util.Optional;

/**
 * Everything that can happen to a case. Actions a request record declares ({@link Declares}) are offered
 * to users at {@code POST /api/v1/cases/{id}/actions/{key}}; the others are done by the system (opening a case from a report,
 * the deadline sweep, the KASN→BKN handover).
 */
public enum CaseAction {
    OPEN,
    /** The Satgas verified an SBT report and passed it to the Bawaslu study (the 2024 route). */
    SCREEN,
    FORWARD,
    ASK_INFO,
    INFO_COMPLETE,
    NOT_A_VIOLATION,
    NOT_ASN,
    STOP,
    NOT_REGISTERED,
    VERIFY,
    RECOMMEND,
    NOT_PROVEN,
    START_EXAMINATION,
    DECIDE,
    MARK_OVERDUE,
    REPRIMAND,
    /** KASN reported the PPK to the President (UU 5/2014 Pasal 33); KASN-era cases only; the state is kept. */
    REPORT_TO_PRESIDENT,
    /** The sweep: the PPK let the reprimand's days pass, so BKN is due to block the data (queued, not done). */
    BLOCK_DUE,
    /** A BKN officer records the SIASN block with its reference; the case keeps its state. */
    BLOCK,
    /** Releases before the block became a record lifted it with this action; kept to read their timelines. */
    UNBLOCK,
    CANCEL,
    REJECT,
    LEFT_SERVICE,
    APPEAL,
    DECIDE_APPEAL,
    /** Satgas/BKN correct how the person is counted (position class, employment, area head, Pj); state kept. */
    CORRECT_PERSON,
    HANDOVER;

    /** The path segment in the API, or {@code null} for system-only actions. */
    public String apiName() {
        return userAction() ? key() : null;
    }

    /** Declared by a request record ({@link Declares}), so users can take it. */
    public boolean userAction() {
        return ActionDeclarations.of(this).isPresent();
    }

    /** Stable dotted name, used for audit events ({@code case.forward}), message keys and the API path. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<CaseAction> fromApiName(String apiName) {
        return ActionDeclarations.byApiName(apiName).map(ActionDeclarations.Declaration::action);
    }
}
