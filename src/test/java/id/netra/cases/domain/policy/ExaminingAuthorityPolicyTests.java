// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.domain.HolderType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** KASN examined neutrality cases until SE MenPANRB 4/2024 of 4 Sep 2024 passed the task to BKN. */
class ExaminingAuthorityPolicyTests {

    @Test
    void kasnUntilTheDayBeforeTheHandover_bknFromTheHandoverDay() {
        ExaminingAuthorityPolicy policy = new ExaminingAuthorityPolicy(ExaminingAuthorityPolicy.DEFAULT_HANDOVER_DATE);

        assertThat(ExaminingAuthorityPolicy.DEFAULT_HANDOVER_DATE).isEqualTo(LocalDate.of(2024, 9, 4));
        assertThat(policy.examinerOn(LocalDate.of(2019, 4, 1))).isEqualTo(HolderType.KASN);
        assertThat(policy.examinerOn(LocalDate.of(2024, 9, 3))).isEqualTo(HolderType.KASN);
        assertThat(policy.examinerOn(LocalDate.of(2024, 9, 4))).isEqualTo(HolderType.BKN);
        assertThat(policy.examinerOn(LocalDate.of(2025, 1, 2))).isEqualTo(HolderType.BKN);
    }

    @Test
    void aConfiguredHandoverDateMovesTheCutOver() {
        ExaminingAuthorityPolicy policy = new ExaminingAuthorityPolicy(LocalDate.of(2024, 10, 1));

        assertThat(policy.examinerOn(LocalDate.of(2024, 9, 30))).isEqualTo(HolderType.KASN);
        assertThat(policy.examinerOn(LocalDate.of(2024, 10, 1))).isEqualTo(HolderType.BKN);
    }
}
