// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why a case was stopped, rejected or cancelled, as a code that outcomes can be counted by (the official status
 * vocabularies count cancelled and rejected complaints separately); the free-text reason stays beside it.
 */
public enum OutcomeReason {
    /** Reported after the reporting window (7 days, UU 10/2016 Pasal 134; 7 working days, UU 7/2017 Pasal 454). */
    REPORTING_WINDOW_PASSED(CaseAction.STOP),
    /** The reporter did not complete the formal or material requirements. */
    REQUIREMENTS_NOT_MET(CaseAction.STOP),
    /** Handled as an election-law violation only (criminal or administrative), with no ASN aspect to forward. */
    ELECTION_LAW_ONLY(CaseAction.STOP),
    /** The evidence does not allow the case to be examined. */
    INSUFFICIENT_EVIDENCE(CaseAction.REJECT),
    /** Outside the authority's remit (e.g. the conduct is not a neutrality matter). */
    OUT_OF_REMIT(CaseAction.REJECT),
    /** The same person and incident already have a case. */
    DUPLICATE(CaseAction.CANCEL),
    /** Withdrawn by the reporter before registration. */
    WITHDRAWN(CaseAction.CANCEL, CaseAction.STOP),
    /** Recorded by mistake. */
    ENTERED_IN_ERROR(CaseAction.CANCEL),
    /** Anything else; the free-text reason says what. */
    OTHER(CaseAction.STOP, CaseAction.REJECT, CaseAction.CANCEL);

    private final Set<CaseAction> actions;

    OutcomeReason(CaseAction first, CaseAction... more) {
        this.actions = EnumSet.of(first, more);
    }

    public boolean appliesTo(CaseAction action) {
        return actions.contains(action);
    }

    /** The codes an officer may choose for this action, in declaration order. */
    public static List<OutcomeReason> forAction(CaseAction action) {
        return Arrays.stream(values()).filter(reason -> reason.appliesTo(action)).toList();
    }
}
