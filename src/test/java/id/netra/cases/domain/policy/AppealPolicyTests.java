// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static id.netra.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.domain.AppealKind;
import id.netra.cases.domain.Case;
import id.netra.shared.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AppealPolicyTests {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);
    private final AppealPolicy appeals = new AppealPolicy();

    @Test
    void aDecisionMayBeContestedFromItsDecreeDate_untilToday() {
        Case decided = decidedOn(DAY);

        assertThat(appeals.mayAppeal(decided, DAY, DAY.plusDays(3)).allowed()).isTrue();
        assertThat(reason(appeals.mayAppeal(decided, DAY.minusDays(1), DAY.plusDays(3))))
                .isEqualTo("case.appeal.before-decision");
        assertThat(reason(appeals.mayAppeal(decided, DAY.plusDays(4), DAY.plusDays(3))))
                .isEqualTo("case.appeal.filed-in-future");
    }

    @Test
    void onlyOnce() {
        Case decided = decidedOn(DAY);
        decided.appeal(stepOn(DAY.plusDays(2), "ppk-officer"), AppealKind.KEBERATAN, DAY.plusDays(2));

        assertThat(reason(appeals.mayAppeal(decided, DAY.plusDays(3), DAY.plusDays(3))))
                .isEqualTo("case.appeal.already-filed");
    }

    @Test
    void theRulingComesAfterTheFiling_andNotInTheFuture() {
        Case decided = decidedOn(DAY);
        decided.appeal(stepOn(DAY.plusDays(2), "ppk-officer"), AppealKind.BANDING, DAY.plusDays(2));

        assertThat(appeals.mayDecide(decided, DAY.plusDays(5), DAY.plusDays(5)).allowed()).isTrue();
        assertThat(reason(appeals.mayDecide(decided, DAY.plusDays(1), DAY.plusDays(5))))
                .isEqualTo("case.appeal.decided-before-filed");
        assertThat(reason(appeals.mayDecide(decided, DAY.plusDays(6), DAY.plusDays(5))))
                .isEqualTo("case.appeal.decided-in-future");
    }

    private static Case decidedOn(LocalDate day) {
        Case c = recommendedCase(day);
        c.decide(stepOn(day, "ppk-officer"), heavyDecision(day));
        return c;
    }

    private static String reason(Decision decision) {
        return ((Decision.Rejected) decision).first().messageKey();
    }
}
