// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import static id.netra.cases.deadline.NewPolicyVersionRulesTests.rulesOf;
import static id.netra.cases.deadline.NewPolicyVersionRulesTests.version;
import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyWithdrawalRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private final PolicyWithdrawalRules rules = new PolicyWithdrawalRules();
    private final PolicyVersion first = version(1, LocalDate.of(2019, 1, 1));
    private final PolicyVersion startsTomorrow = version(2, TODAY.plusDays(1));
    private final PolicyHistory history = new PolicyHistory(List.of(first, startsTomorrow));

    @Test
    void versionNotYetStarted_mayBeWithdrawn() {
        assertThat(rules.check(startsTomorrow, history, TODAY).allowed()).isTrue();
    }

    @Test
    void versionInForce_isRefused() {
        assertThat(key(rules.check(first, history, TODAY))).isEqualTo("case.policy.withdraw.in-force");
    }

    @Test
    void versionStartingToday_isAlreadyInForceAndRefused() {
        assertThat(key(rules.check(startsTomorrow, history, TODAY.plusDays(1))))
                .isEqualTo("case.policy.withdraw.in-force");
    }

    @Test
    void versionAlreadyWithdrawn_isRefused() {
        PolicyVersion withdrawn = new PolicyVersion(3, TODAY.plusDays(5), rulesOf(3), Instant.EPOCH, "admin",
                new PolicyVersion.Withdrawal(Instant.EPOCH, "admin", "keliru"));

        assertThat(key(rules.check(withdrawn, new PolicyHistory(List.of(first, withdrawn)), TODAY)))
                .isEqualTo("case.policy.withdraw.already");
    }

    @Test
    void onlyActiveVersion_isRefusedEvenBeforeItStarts() {
        PolicyVersion only = version(1, TODAY.plusDays(3));

        assertThat(key(rules.check(only, new PolicyHistory(List.of(only)), TODAY)))
                .isEqualTo("case.policy.withdraw.last");
    }

    private static String key(Decision check) {
        return check instanceof Decision.Rejected rejected ? rejected.first().messageKey() : "allowed";
    }
}
