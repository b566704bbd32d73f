// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.ActionDeclarations;
import id.netra.cases.domain.CaseAction;
import id.netra.identity.Role;
import id.netra.shared.Decision;
import java.util.Set;

/**
 * Which role performs which action, as each action's declaration says ({@code @Declares(by = ...)} on its request
 * record), following UU 20/2023, SE MenPANRB 4/2024 and the BKN flow of October 2024: Bawaslu reviews and forwards, Satgas/BKN verify
 * and recommend, the PPK decides, BKN runs the control actions (reprimand, SIASN block). Administrators may do
 * everything, to correct mistakes. Supervisors and analysts only read.
 */
public final class ActionRolePolicy {

    /** Roles that may perform {@code action}; empty for system-only actions. */
    public Set<Role> performersOf(CaseAction action) {
        return ActionDeclarations.of(action).map(ActionDeclarations.Declaration::roles).orElse(Set.of());
    }

    public Decision check(Role role, CaseAction action) {
        return performersOf(action).contains(role) ? Decision.allow()
                : Decision.reject("case.action.role-not-allowed", action.key());
    }
}
