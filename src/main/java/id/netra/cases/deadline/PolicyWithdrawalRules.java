// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.shared.Decision;
import java.time.LocalDate;

/**
 * Whether a policy version may be withdrawn. Only a version that has not started may go: once in force it has set
 * the deadlines of running cases, and withdrawing it would leave those deadlines without their basis. The last
 * active version stays, so that every clock has a policy.
 */
public final class PolicyWithdrawalRules {

    public Decision check(PolicyVersion version, PolicyHistory history, LocalDate today) {
        if (version.withdrawn()) {
            return Decision.reject("case.policy.withdraw.already", version.version());
        }
        if (!version.validFrom().isAfter(today)) {
            return Decision.reject("case.policy.withdraw.in-force", version.version(),
                    version.validFrom().toString());
        }
        if (history.active().size() == 1) {
            return Decision.reject("case.policy.withdraw.last", version.version());
        }
        return Decision.allow();
    }
}
