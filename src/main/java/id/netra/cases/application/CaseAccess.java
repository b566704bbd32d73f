// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.policy.CaseScopePolicy;
import id.netra.cases.domain.policy.CaseScopePolicy.Visibility;
import id.netra.cases.persistence.CaseRepository;
import id.netra.identity.CurrentUser;
import id.netra.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a case for a user, or answers 404 both when it does not exist and when the user may not know it exists.
 * This is the application-layer access check; URL rules only require a signed-in user.
 */
@Component
public class CaseAccess {

    private final CaseRepository cases;
    private final CaseScopePolicy scopes;

    public CaseAccess(CaseRepository cases, CaseScopePolicy scopes) {
        this.cases = cases;
        this.scopes = scopes;
    }

    public Case visibleCase(CurrentUser user, long caseId) {
        Case found = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        if (scopes.visibility(user, found.scope()) == Visibility.NONE) {
            throw new NotFoundException("case " + caseId);
        }
        return found;
    }

    public Visibility visibility(CurrentUser user, Case caseFile) {
        return scopes.visibility(user, caseFile.scope());
    }
}
