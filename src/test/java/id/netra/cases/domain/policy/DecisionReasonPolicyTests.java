// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionReasonPolicyTests {

    @Test
    void aDecisionWithoutAReason_isRefusedOnTheReasonField() {
        for (String missing : new String[] {null, "", "   "}) {
            var decision = DecisionReasonPolicy.stated(missing);
            assertThat(decision.allowed()).as("[%s]", missing).isFalse();
            assertThat(decision.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.field()).isEqualTo("reason");
                assertThat(reason.messageKey()).isEqualTo("case.validation.reason-required");
            });
        }
    }

    @Test
    void aStatedReason_isAllowed() {
        assertThat(DecisionReasonPolicy.stated("Terbukti mengunggah ajakan memilih.").allowed()).isTrue();
    }
}
