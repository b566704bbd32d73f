// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static id.netra.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.cases.domain.ActionDeclarations.Declaration;
import id.netra.cases.domain.policy.ActionRolePolicy;
import id.netra.cases.domain.policy.CaseActionGuard;
import id.netra.cases.domain.policy.CaseScopePolicy;
import id.netra.identity.Role;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each user action is declared once, on its request record, and the rest of the module reads that declaration. */
class ActionDeclarationsTests {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    @Test
    void everyRequestRecord_declaresOneAction_withRolesAndMoves_andThoseAreTheUserActions() {
        assertThat(ActionDeclarations.all()).hasSize(ActionRequest.class.getPermittedSubclasses().length);
        Set<CaseAction> declared = ActionDeclarations.all().stream().map(Declaration::action)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAction.class)));
        Set<CaseAction> userActions = Arrays.stream(CaseAction.values()).filter(CaseAction::userAction)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAction.class)));
        assertThat(declared).isEqualTo(userActions).contains(CaseAction.DECIDE, CaseAction.ASK_INFO);
        for (Declaration declaration : ActionDeclarations.all()) {
            assertThat(declaration.roles()).as(declaration.apiName()).isNotEmpty();
            assertThat(declaration.moves()).as(declaration.apiName()).isNotEmpty();
            assertThat(CaseLifecycle.moves()).as(declaration.apiName()).containsAll(declaration.moves());
            assertThat(new ActionRolePolicy().performersOf(declaration.action())).isEqualTo(declaration.roles());
            assertThat(CaseAction.fromApiName(declaration.apiName())).contains(declaration.action());
        }
        assertThat(CaseAction.MARK_OVERDUE.userAction()).isFalse();
        assertThat(new ActionRolePolicy().performersOf(CaseAction.MARK_OVERDUE)).isEmpty();
    }

    @Test
    void aDeclarationWithoutARole_orWithoutAState_orWithoutAnnotation_isRefused() {
        assertThatThrownBy(() -> ActionDeclarations.read(NoRole.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no role");
        assertThatThrownBy(() -> ActionDeclarations.read(NoState.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no state");
        assertThatThrownBy(() -> ActionDeclarations.read(Undeclared.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@Declares");
    }

    @Test
    void theDeclarationReadsAsMoves_keptStates_andEveryState() {
        Declaration block = ActionDeclarations.of(CaseAction.BLOCK).orElseThrow();
        assertThat(block.moves()).allSatisfy(move -> assertThat(move.to()).isEqualTo(move.from()));
        assertThat(block.confirm()).isTrue();
        Declaration correction = ActionDeclarations.of(CaseAction.CORRECT_PERSON).orElseThrow();
        assertThat(correction.moves()).extracting(CaseLifecycle.Move::from).contains(CaseState.STOPPED,
                CaseState.RECEIVED).doesNotContain(CaseState.DATA_BLOCKED);
        assertThat(CaseLifecycle.allows(CaseAction.DECIDE_APPEAL, CaseState.UNDER_APPEAL, CaseState.SANCTION_ANNULLED))
                .isTrue();
    }

    @Test
    void anAdministrator_isOfferedExactlyTheDeclaredActionsOfTheState() {
        CaseActionGuard guard = new CaseActionGuard(new ActionRolePolicy(), new CaseScopePolicy());
        var admin = user(Role.ADMIN, null, null);
        for (Case c : new Case[] {pandeglangCase(DAY), recommendedCase(DAY)}) {
            Set<CaseAction> declaredFromHere = ActionDeclarations.all().stream()
                    .filter(d -> d.moves().stream().anyMatch(m -> m.from() == c.state())).map(Declaration::action)
                    .filter(a -> a != CaseAction.REPORT_TO_PRESIDENT)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAction.class)));
            assertThat(guard.allowedActions(admin, c)).as(c.state().name()).isEqualTo(declaredFromHere);
        }
    }

    @Declares(value = CaseAction.FORWARD, by = {}, from = CaseState.RECEIVED, to = CaseState.FORWARDED)
    record NoRole(String reason) {
    }

    @Declares(value = CaseAction.FORWARD, by = Role.ADMIN)
    record NoState(String reason) {
    }

    record Undeclared(String reason) {
    }
}
