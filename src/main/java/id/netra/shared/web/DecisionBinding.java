// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import id.netra.shared.Decision;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;

/**
 * Puts a policy's reasons on a form: a reason with a field goes next to that field, any other above the form. The
 * template shows them with the usual {@code th:errors}; the typed values stay in the bound object.
 */
@NamedInterface("web")
public final class DecisionBinding {

    private DecisionBinding() {
    }

    /** @return true if anything was rejected (the caller then re-renders the form instead of redirecting) */
    public static boolean bind(Decision decision, Errors errors) {
        for (Decision.Reason reason : decision.reasons()) {
            if (reason.hasField()) {
                errors.rejectValue(reason.field(), reason.messageKey(), reason.argArray(), reason.messageKey());
            } else {
                errors.reject(reason.messageKey(), reason.argArray(), reason.messageKey());
            }
        }
        return decision.rejected();
    }
}
