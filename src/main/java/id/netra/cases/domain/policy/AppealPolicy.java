// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.Case;
import id.netra.shared.Decision;
import java.time.LocalDate;

/**
 * A decision can be contested once in Netra (the objection or appeal and its outcome), and not before it was made.
 * PP 79/2021's filing windows are not enforced: the windows commonly quoted (about 14 working days) are not confirmed in the regulation's text.
 */
public final class AppealPolicy {

    public Decision mayAppeal(Case caseFile, LocalDate filedOn, LocalDate today) {
        if (caseFile.appeal() != null) {
            return Decision.reject("case.appeal.already-filed");
        }
        if (filedOn.isAfter(today)) {
            return Decision.reject("case.appeal.filed-in-future", filedOn);
        }
        LocalDate decree = caseFile.decision() == null ? null : caseFile.decision().decreeDate();
        return decree != null && filedOn.isBefore(decree)
                ? Decision.reject("case.appeal.before-decision", filedOn, decree) : Decision.allow();
    }

    public Decision mayDecide(Case caseFile, LocalDate decidedOn, LocalDate today) {
        if (decidedOn.isAfter(today)) {
            return Decision.reject("case.appeal.decided-in-future", decidedOn);
        }
        return decidedOn.isBefore(caseFile.appeal().filedOn())
                ? Decision.reject("case.appeal.decided-before-filed", decidedOn) : Decision.allow();
    }
}
