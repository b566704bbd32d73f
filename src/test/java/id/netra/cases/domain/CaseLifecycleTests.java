// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseLifecycleTests {

    @Test
    void terminalStates_areExactlyTheOutcomesThatEndACase() {
        Set<CaseState> terminal = EnumSet.noneOf(CaseState.class);
        Arrays.stream(CaseState.values()).filter(CaseState::terminal).forEach(terminal::add);

        assertThat(terminal).containsExactlyInAnyOrder(CaseState.NOT_REGISTERED, CaseState.STOPPED,
                CaseState.NOT_PROVEN, CaseState.CANCELLED, CaseState.REJECTED, CaseState.LEFT_SERVICE,
                CaseState.SANCTION_ANNULLED);
    }

    @Test
    void everyState_isReachableFromReceived() {
        Set<CaseState> seen = EnumSet.of(CaseState.RECEIVED);
        Deque<CaseState> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            CaseState from = todo.pop();
            CaseLifecycle.moves().stream().filter(m -> m.from() == from).map(CaseLifecycle.Move::to)
                    .filter(seen::add).forEach(todo::push);
        }
        assertThat(seen).containsExactlyInAnyOrder(CaseState.values());
    }

    @Test
    void everyUserAction_appearsInTheTableAndHasAnApiName() {
        for (CaseAction action : CaseAction.values()) {
            if (action.userAction()) {
                assertThat(CaseLifecycle.sourcesOf(action)).as(action.name()).isNotEmpty();
                assertThat(CaseAction.fromApiName(action.apiName())).contains(action);
            }
        }
        assertThat(CaseAction.fromApiName("not-registered")).contains(CaseAction.NOT_REGISTERED);
        assertThat(CaseAction.fromApiName("open")).isEmpty();
    }

    @Test
    void sweepTransitions_startOnlyFromWaitingStates() {
        assertThat(CaseLifecycle.sourcesOf(CaseAction.MARK_OVERDUE))
                .containsExactlyInAnyOrder(CaseState.RECOMMENDED, CaseState.UNBLOCKED);
        assertThat(CaseLifecycle.sourcesOf(CaseAction.BLOCK))
                .containsExactlyInAnyOrder(CaseState.OVERDUE, CaseState.REPRIMANDED);
        assertThat(CaseLifecycle.allows(CaseAction.DECIDE, CaseState.DATA_BLOCKED)).isFalse();
    }
}
