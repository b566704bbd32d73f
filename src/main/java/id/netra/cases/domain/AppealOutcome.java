// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/** How an objection or appeal ended: the sanction stands, is replaced, or falls. */
public enum AppealOutcome {
    UPHELD, AMENDED, ANNULLED;

    public CaseState resultingState() {
        return this == ANNULLED ? CaseState.SANCTION_ANNULLED : CaseState.SANCTIONED;
    }
}
