// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.CaseScope;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;

/**
 * Which cases a user sees and may act on, per role: Bawaslu officers and supervisors their region, PPK officers their
 * own agency only, Satgas, BKN, analysts and admins every case. Analysts see every case but pseudonymised; supervisors
 * and analysts never act. A case outside every role's scope does not exist for the user (404).
 */
public final class CaseScopePolicy {

    public enum Visibility { NONE, PSEUDONYMISED, FULL }

    public Visibility visibility(CurrentUser user, CaseScope scope) {
        boolean full = user.roles().stream().filter(role -> role != Role.ANALYST)
                .anyMatch(role -> covers(role, user, scope));
        if (full) {
            return Visibility.FULL;
        }
        return user.has(Role.ANALYST) ? Visibility.PSEUDONYMISED : Visibility.NONE;
    }

    /** Whether {@code role}'s scope, as this user holds it, covers the case. */
    public boolean covers(Role role, CurrentUser user, CaseScope scope) {
        return switch (role) {
            case BAWASLU_OFFICER, SUPERVISOR -> user.coversRegion(scope.regionCode());
            // a PPK officer without an agency is misconfigured: they see nothing rather than everything
            case PPK_OFFICER -> user.agencyCode() != null && user.agencyCode().equals(scope.agencyCode());
            case SATGAS_VERIFIER, BKN_OFFICER, ANALYST, ADMIN -> true;
        };
    }

    /** Roles in which the user may act on the case at all; supervisors and analysts are read-only. */
    public boolean mayActAs(Role role, CurrentUser user, CaseScope scope) {
        return role != Role.SUPERVISOR && role != Role.ANALYST && user.has(role) && covers(role, user, scope);
    }
}
