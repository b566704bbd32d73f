// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import static id.netra.cases.deadline.NewPolicyVersionRulesTests.rulesOf;
import static id.netra.cases.deadline.NewPolicyVersionRulesTests.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyHistoryTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private final PolicyVersion first = version(1, LocalDate.of(2019, 1, 1));
    private final PolicyVersion second = version(2, LocalDate.of(2024, 1, 1));
    private final PolicyVersion withdrawn = new PolicyVersion(3, LocalDate.of(2025, 3, 1), rulesOf(3), Instant.EPOCH,
            "admin", new PolicyVersion.Withdrawal(Instant.EPOCH, "admin", "keliru"));
    private final PolicyVersion upcoming = version(4, LocalDate.of(2026, 1, 1));
    private final PolicyHistory history = new PolicyHistory(List.of(upcoming, withdrawn, second, first));

    @Test
    void eachVersion_hasItsStatusOnTheDay() {
        assertThat(history.versions()).extracting(v -> history.statusOn(v, TODAY)).containsExactly(
                PolicyVersionStatus.SUPERSEDED, PolicyVersionStatus.IN_FORCE, PolicyVersionStatus.WITHDRAWN,
                PolicyVersionStatus.FUTURE);
    }

    @Test
    void withdrawnVersion_isNeverInForce() {
        assertThat(history.inForceOn(LocalDate.of(2025, 3, 1))).contains(second);
    }

    @Test
    void futureVersion_isInForceFromItsFirstDay() {
        assertThat(history.inForceOn(LocalDate.of(2025, 12, 31))).contains(second);
        assertThat(history.inForceOn(LocalDate.of(2026, 1, 1))).contains(upcoming);
    }

    @Test
    void nextVersionNumber_skipsWithdrawnNumbersToo() {
        PolicyHistory lastWithdrawn = new PolicyHistory(List.of(first, withdrawn));

        assertThat(lastWithdrawn.nextVersionNumber()).isEqualTo(4);
    }
}
