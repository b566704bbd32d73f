// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseLifecycle;
import id.netra.shared.Decision;
import id.netra.identity.CurrentUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * May this user do this action on this case now? Three questions in order: does the lifecycle allow the action from
 * the current state, does one of the user's roles perform it, and does that role's scope cover the case. The same
 * answer drives the allowed-actions list, so the UI and API only offer what would succeed.
 */
public final class CaseActionGuard {

    private final ActionRolePolicy roles;
    private final CaseScopePolicy scopes;

    public CaseActionGuard(ActionRolePolicy roles, CaseScopePolicy scopes) {
        this.roles = roles;
        this.scopes = scopes;
    }

    public Decision check(CurrentUser user, Case caseFile, CaseAction action) {
        if (!action.userAction()) {
            return Decision.reject("case.action.system-only", action.key());
        }
        if (!CaseLifecycle.allows(action, caseFile.state())) {
            return Decision.reject("case.action.not-allowed-in-state", action.key(), caseFile.state());
        }
        if (action == CaseAction.BLOCK && caseFile.activeBlock().isPresent()) {
            return Decision.reject("case.block.already-blocked");
        }
        if (action == CaseAction.REPORT_TO_PRESIDENT
                && !new ControlAuthorityPolicy().mayReportToPresident(caseFile.supervisingAuthority()).allowed()) {
            return Decision.reject("case.president.kasn-era-only");
        }
        boolean roleFits = user.roles().stream().anyMatch(role -> roles.check(role, action).allowed());
        if (!roleFits) {
            return Decision.reject("case.action.role-not-allowed", action.key());
        }
        boolean inScope = user.roles().stream().anyMatch(role -> roles.check(role, action).allowed()
                && scopes.mayActAs(role, user, caseFile.scope()));
        return inScope ? Decision.allow() : Decision.reject("case.action.out-of-scope", action.key());
    }

    public Set<CaseAction> allowedActions(CurrentUser user, Case caseFile) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseLifecycle.actionsFrom(caseFile.state())) {
            if (check(user, caseFile, action).allowed()) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
