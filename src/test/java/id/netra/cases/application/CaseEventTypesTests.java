// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.CaseStateChanged;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseState;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaseEventTypesTests {

    @Test
    void everyWorkflowState_hasItsPublicState_andNoPublicStateIsLeftOver() {
        for (CaseState state : CaseState.values()) {
            assertThat(CaseEventTypes.publicState(state).name()).isEqualTo(state.name());
        }
        assertThat(Arrays.stream(CaseStateChanged.State.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CaseState.values()).map(Enum::name).toList());
        assertThat(CaseEventTypes.publicState(null)).isNull();
    }

    @Test
    void everyWorkflowAction_hasItsPublicAction_withTheSameKey() {
        for (CaseAction action : CaseAction.values()) {
            CaseStateChanged.Action published = CaseEventTypes.publicAction(action);
            assertThat(published.name()).isEqualTo(action.name());
            // the key names audit events and mail texts, and is what earlier releases stored as the plain string
            assertThat(published.key()).isEqualTo(action.key());
        }
        assertThat(Arrays.stream(CaseStateChanged.Action.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CaseAction.values()).map(Enum::name).toList());
    }
}
