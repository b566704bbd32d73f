// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.shared.Decision;

/**
 * Every PPK decision states its reason, through the API as on the page: a sanction is recorded with why it was
 * imposed, so that the timeline and the letters can say it. Checked as a rule rather than as a required field of the
 * request, so that a client sending no reason gets the same 422 answer as for any other refused decision.
 */
public final class DecisionReasonPolicy {

    private DecisionReasonPolicy() {
    }

    public static Decision stated(String reason) {
        return reason == null || reason.isBlank()
                ? Decision.rejectField("reason", "case.validation.reason-required")
                : Decision.allow();
    }
}
