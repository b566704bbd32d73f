// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static id.netra.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.HolderType;
import id.netra.shared.Decision;
import id.netra.cases.domain.policy.CaseScopePolicy.Visibility;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.testing.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseActionGuardTests {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    private final CaseScopePolicy scopes = new CaseScopePolicy();
    private final CaseActionGuard guard = new CaseActionGuard(new ActionRolePolicy(), scopes);

    @Test
    void bawasluOfficerOfTheProvince_mayForwardARegencyCase() {
        assertThat(guard.allowedActions(bawasluBanten(), pandeglangCase(DAY)))
                .containsExactlyInAnyOrder(CaseAction.FORWARD, CaseAction.STOP, CaseAction.NOT_REGISTERED,
                        CaseAction.NOT_A_VIOLATION, CaseAction.ASK_INFO, CaseAction.NOT_ASN);
    }

    @Test
    void bawasluOfficerOfAnotherProvince_isOutOfScope() {
        CurrentUser jakarta = user(Role.BAWASLU_OFFICER, null, "31");

        assertThat(guard.allowedActions(jakarta, pandeglangCase(DAY))).isEmpty();
        assertThat(reason(guard.check(jakarta, pandeglangCase(DAY), CaseAction.FORWARD)))
                .isEqualTo("case.action.out-of-scope");
    }

    @Test
    void ppkOfficer_decidesOnlyTheOwnAgencysRecommendedCases() {
        Case own = recommendedCase(DAY);
        CurrentUser otherPpk = user(Role.PPK_OFFICER, "PEMKOT-36.71", "36.71");

        assertThat(guard.allowedActions(ppkPandeglang(), own)).containsExactlyInAnyOrder(CaseAction.DECIDE,
                CaseAction.START_EXAMINATION, CaseAction.LEFT_SERVICE);
        assertThat(guard.allowedActions(otherPpk, own)).isEmpty();
        assertThat(reason(guard.check(ppkPandeglang(), pandeglangCase(DAY), CaseAction.FORWARD)))
                .isEqualTo("case.action.role-not-allowed");
    }

    @Test
    void satgasVerifier_actsOnEveryForwardedCase() {
        Case forwarded = receivedCase("91.01", "PEMKAB-91.01", DAY);
        forwarded.forward(stepOn(DAY, "bawaslu-officer"), HolderType.BKN, schedule());

        assertThat(guard.allowedActions(user(Role.SATGAS_VERIFIER, null, null), forwarded))
                .containsExactlyInAnyOrder(CaseAction.VERIFY, CaseAction.CANCEL, CaseAction.REJECT,
                        CaseAction.LEFT_SERVICE, CaseAction.ASK_INFO, CaseAction.NOT_ASN, CaseAction.CORRECT_PERSON);
    }

    @Test
    void supervisorAndAnalyst_neverAct() {
        Case c = recommendedCase(DAY);

        assertThat(guard.allowedActions(user(Role.SUPERVISOR, null, "36"), c)).isEmpty();
        assertThat(guard.allowedActions(user(Role.ANALYST, null, null), c)).isEmpty();
    }

    @Test
    void systemOnlyAction_isNeverAllowedToUsers() {
        assertThat(reason(guard.check(user(Role.ADMIN, null, null), recommendedCase(DAY), CaseAction.MARK_OVERDUE)))
                .isEqualTo("case.action.system-only");
    }

    @Test
    void userWithTwoRoles_getsTheUnionOfWhatEachRoleMayDo() {
        CurrentUser both = TestUsers.user("dual", Role.PPK_OFFICER, Role.BKN_OFFICER).agency(PANDEGLANG_GOVERNMENT)
                .currentUser();

        assertThat(guard.allowedActions(both, recommendedCase(DAY))).contains(CaseAction.DECIDE,
                CaseAction.LEFT_SERVICE);
    }

    @Test
    void visibility_followsTheScopeOfEachRole() {
        Case c = recommendedCase(DAY);

        assertThat(scopes.visibility(ppkPandeglang(), c.scope())).isEqualTo(Visibility.FULL);
        assertThat(scopes.visibility(user(Role.PPK_OFFICER, "PEMKOT-36.71", "36.71"), c.scope()))
                .isEqualTo(Visibility.NONE);
        assertThat(scopes.visibility(user(Role.PPK_OFFICER, null, null), c.scope())).isEqualTo(Visibility.NONE);
        assertThat(scopes.visibility(user(Role.SUPERVISOR, null, "36"), c.scope())).isEqualTo(Visibility.FULL);
        assertThat(scopes.visibility(user(Role.SUPERVISOR, null, "32"), c.scope())).isEqualTo(Visibility.NONE);
        assertThat(scopes.visibility(user(Role.ANALYST, null, null), c.scope()))
                .isEqualTo(Visibility.PSEUDONYMISED);
        assertThat(scopes.visibility(user(Role.ADMIN, null, null), c.scope())).isEqualTo(Visibility.FULL);
    }

    private static String reason(Decision check) {
        return ((Decision.Rejected) check).first().messageKey();
    }
}
