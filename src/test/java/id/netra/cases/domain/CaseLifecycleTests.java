// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseLifecycleTests {

    @Test
    void terminalStates_areExactlyTheOutcomesThatEndACase() {
        Set<CaseState> terminal = EnumSet.noneOf(CaseState.class);
        Arrays.stream(CaseState.values()).filter(state -> state.terminal() && !state.legacy()).forEach(terminal::add);

        assertThat(terminal).containsExactlyInAnyOrder(CaseState.NOT_A_VIOLATION, CaseState.NOT_ASN,
                CaseState.NOT_REGISTERED, CaseState.STOPPED,
                CaseState.NOT_PROVEN, CaseState.CANCELLED, CaseState.REJECTED, CaseState.LEFT_SERVICE,
                CaseState.SANCTION_ANNULLED);
    }

    @Test
    void everyStateButTheLegacyOnes_isReachableFromWhereCasesOpen() {
        // RECEIVED on the Bawaslu-first route, SATGAS_SCREENING on the 2024 SBT route
        Set<CaseState> seen = EnumSet.of(CaseState.RECEIVED, CaseState.SATGAS_SCREENING);
        Deque<CaseState> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            CaseState from = todo.pop();
            CaseLifecycle.moves().stream().filter(m -> m.from() == from).map(CaseLifecycle.Move::to)
                    .filter(seen::add).forEach(todo::push);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CaseState.values()).filter(state -> !state.legacy()).toList());
        assertThat(EnumSet.complementOf(EnumSet.copyOf(seen)))
                .containsExactlyInAnyOrder(CaseState.DATA_BLOCKED, CaseState.UNBLOCKED);
    }

    @Test
    void theSbtRoute_passesTheSatgasBeforeTheBawasluStudy() {
        assertThat(CaseLifecycle.moves()).filteredOn(m -> m.from() == CaseState.SATGAS_SCREENING)
                .extracting(CaseLifecycle.Move::action).containsExactlyInAnyOrder(CaseAction.SCREEN,
                        CaseAction.NOT_ASN, CaseAction.CANCEL, CaseAction.REJECT, CaseAction.CORRECT_PERSON);
        assertThat(CaseLifecycle.allows(CaseAction.SCREEN, CaseState.SATGAS_SCREENING, CaseState.RECEIVED)).isTrue();
        assertThat(CaseLifecycle.allows(CaseAction.FORWARD, CaseState.SATGAS_SCREENING)).isFalse();
        assertThat(CaseState.SATGAS_SCREENING.deadlineStage()).isEqualTo(DeadlineStage.SATGAS_VERIFICATION);
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
                .containsExactlyInAnyOrder(CaseState.RECOMMENDED, CaseState.PPK_EXAMINATION);
        assertThat(CaseLifecycle.sourcesOf(CaseAction.BLOCK_DUE)).containsExactly(CaseState.REPRIMANDED);
        assertThat(CaseLifecycle.sourcesOf(CaseAction.BLOCK))
                .containsExactlyInAnyOrder(CaseState.OVERDUE, CaseState.REPRIMANDED);
    }

    @Test
    void blocking_keepsTheState_andTheBlockedPpkMayStillDecide() {
        assertThat(CaseLifecycle.allows(CaseAction.BLOCK, CaseState.OVERDUE, CaseState.OVERDUE)).isTrue();
        assertThat(CaseLifecycle.allows(CaseAction.BLOCK, CaseState.REPRIMANDED, CaseState.REPRIMANDED)).isTrue();
        assertThat(CaseLifecycle.allows(CaseAction.DECIDE, CaseState.REPRIMANDED)).isTrue();
        assertThat(CaseLifecycle.moves()).as("the old block states are entered by no move")
                .noneMatch(move -> move.to().legacy() || move.from().legacy());
    }

    @Test
    void theNewStates_areReachableOnlyAsTheOfficialVocabulariesPlaceThem() {
        assertThat(movesInto(CaseState.NEEDS_INFO)).containsExactlyInAnyOrder(
                new CaseLifecycle.Move(CaseAction.ASK_INFO, CaseState.RECEIVED, CaseState.NEEDS_INFO),
                new CaseLifecycle.Move(CaseAction.ASK_INFO, CaseState.FORWARDED, CaseState.NEEDS_INFO));
        assertThat(CaseLifecycle.actionsFrom(CaseState.NEEDS_INFO)).containsExactlyInAnyOrder(CaseAction.INFO_COMPLETE,
                CaseAction.STOP, CaseAction.NOT_REGISTERED, CaseAction.CANCEL, CaseAction.NOT_ASN,
                CaseAction.CORRECT_PERSON);

        assertThat(movesInto(CaseState.NOT_A_VIOLATION)).containsExactly(
                new CaseLifecycle.Move(CaseAction.NOT_A_VIOLATION, CaseState.RECEIVED, CaseState.NOT_A_VIOLATION));
        assertThat(CaseState.NOT_A_VIOLATION.terminal()).isTrue();
        assertThat(CaseLifecycle.sourcesOf(CaseAction.STOP)).as("stopping is Bawaslu's other outcome")
                .containsExactlyInAnyOrder(CaseState.RECEIVED, CaseState.NEEDS_INFO);

        assertThat(CaseLifecycle.sourcesOf(CaseAction.NOT_ASN)).as("only while screening").containsExactlyInAnyOrder(
                CaseState.SATGAS_SCREENING, CaseState.RECEIVED, CaseState.NEEDS_INFO, CaseState.FORWARDED, CaseState.UNDER_VERIFICATION);
        assertThat(CaseState.NOT_ASN.terminal()).isTrue();

        assertThat(CaseLifecycle.sourcesOf(CaseAction.START_EXAMINATION)).containsExactlyInAnyOrder(
                CaseState.RECOMMENDED, CaseState.OVERDUE, CaseState.REPRIMANDED);
        assertThat(CaseLifecycle.actionsFrom(CaseState.PPK_EXAMINATION)).containsExactlyInAnyOrder(CaseAction.DECIDE,
                CaseAction.MARK_OVERDUE, CaseAction.LEFT_SERVICE, CaseAction.CORRECT_PERSON);
        assertThat(CaseState.PPK_EXAMINATION.deadlineStage()).isEqualTo(DeadlineStage.PPK_FOLLOW_UP);
    }

    @Test
    void codedReasons_belongToTheirActions() {
        assertThat(OutcomeReason.forAction(CaseAction.CANCEL)).contains(OutcomeReason.DUPLICATE)
                .doesNotContain(OutcomeReason.INSUFFICIENT_EVIDENCE);
        assertThat(OutcomeReason.forAction(CaseAction.REJECT)).contains(OutcomeReason.INSUFFICIENT_EVIDENCE)
                .doesNotContain(OutcomeReason.DUPLICATE);
        assertThat(OutcomeReason.forAction(CaseAction.STOP)).contains(OutcomeReason.REPORTING_WINDOW_PASSED);
        for (CaseAction coded : List.of(CaseAction.STOP, CaseAction.REJECT, CaseAction.CANCEL)) {
            assertThat(OutcomeReason.forAction(coded)).contains(OutcomeReason.OTHER);
        }
    }

    private static List<CaseLifecycle.Move> movesInto(CaseState state) {
        return CaseLifecycle.moves().stream().filter(move -> move.to() == state && move.from() != state).toList();
    }
}
