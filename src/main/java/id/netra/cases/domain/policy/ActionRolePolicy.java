// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static id.netra.identity.Role.*;

import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.RuleCheck;
import id.netra.identity.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role performs which action, following UU 20/2023, SE MenPANRB 4/2024 and the BKN flow of October 2024: Bawaslu reviews and forwards,
 * Satgas/BKN verify and recommend, the PPK decides, BKN runs the control actions (reprimand, SIASN block).
 * Administrators may do everything, to correct mistakes. Supervisors and analysts only read.
 */
public final class ActionRolePolicy {

    private static final Map<CaseAction, Set<Role>> PERFORMERS = new EnumMap<>(CaseAction.class);

    static {
        allow(EnumSet.of(BAWASLU_OFFICER, ADMIN), CaseAction.FORWARD, CaseAction.STOP, CaseAction.NOT_REGISTERED,
                CaseAction.NOT_A_VIOLATION);
        // whoever screens: Bawaslu at its review, the Satgas or BKN (KASN before 2024) at theirs
        allow(EnumSet.of(BAWASLU_OFFICER, SATGAS_VERIFIER, BKN_OFFICER, ADMIN), CaseAction.ASK_INFO,
                CaseAction.INFO_COMPLETE, CaseAction.NOT_ASN);
        allow(EnumSet.of(PPK_OFFICER, ADMIN), CaseAction.START_EXAMINATION);
        allow(EnumSet.of(SATGAS_VERIFIER, BKN_OFFICER, ADMIN), CaseAction.CORRECT_PERSON);
        allow(EnumSet.of(SATGAS_VERIFIER, BKN_OFFICER, ADMIN), CaseAction.VERIFY, CaseAction.RECOMMEND,
                CaseAction.NOT_PROVEN, CaseAction.CANCEL, CaseAction.REJECT);
        allow(EnumSet.of(PPK_OFFICER, ADMIN), CaseAction.DECIDE);
        allow(EnumSet.of(BKN_OFFICER, ADMIN), CaseAction.REPRIMAND, CaseAction.BLOCK, CaseAction.REPORT_TO_PRESIDENT);
        allow(EnumSet.of(SATGAS_VERIFIER, BKN_OFFICER, PPK_OFFICER, ADMIN), CaseAction.LEFT_SERVICE);
        allow(EnumSet.of(PPK_OFFICER, BKN_OFFICER, ADMIN), CaseAction.APPEAL, CaseAction.DECIDE_APPEAL);
    }

    private static void allow(Set<Role> roles, CaseAction... actions) {
        for (CaseAction action : actions) {
            PERFORMERS.put(action, roles);
        }
    }

    /** Roles that may perform {@code action}; empty for system-only actions. */
    public Set<Role> performersOf(CaseAction action) {
        return PERFORMERS.getOrDefault(action, Set.of());
    }

    public RuleCheck check(Role role, CaseAction action) {
        return performersOf(action).contains(role) ? RuleCheck.allow()
                : RuleCheck.reject("case.action.role-not-allowed", action.key());
    }
}
