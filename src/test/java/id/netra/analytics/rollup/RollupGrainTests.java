// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.CaseFacts.CaseFact;
import id.netra.cases.CaseStateChanged.State;
import id.netra.reference.ElectionPhase;
import id.netra.reference.ElectionPhaseKind;
import id.netra.reference.ElectionSchedule;
import id.netra.reference.Participation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a case is counted: week, province, phase, funnel step, outcome and days to the decision. */
class RollupGrainTests {

    private final RollupGrain grain = new RollupGrain(new Schedule());

    @Test
    void decidedCase_countsInItsWeekProvincePhaseAndDecisionDays() {
        RollupKey key = grain.keyOf(fact(State.SANCTIONED, LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 1),
                true, LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 22), null));

        assertThat(key.week()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(key.provinceCode()).isEqualTo("36");
        assertThat(key.phase()).isEqualTo("CAMPAIGN");
        assertThat(key.funnel()).isEqualTo(3);
        assertThat(key.outcome()).isEqualTo(RollupGrain.SANCTIONED);
        assertThat(key.decisionDays()).isEqualTo(12);
    }

    @Test
    void funnelStep_isTheFurthestReached() {
        assertThat(grain.keyOf(fact(State.RECEIVED, LocalDate.of(2024, 10, 3), null, false, null, null, null))
                .funnel()).isZero();
        assertThat(grain.keyOf(fact(State.NOT_PROVEN, LocalDate.of(2024, 10, 3), null, true, null, null, null))
                .funnel()).isEqualTo(1);
        assertThat(grain.keyOf(fact(State.OVERDUE, LocalDate.of(2024, 10, 3), null, true,
                LocalDate.of(2024, 10, 9), null, null)).funnel()).isEqualTo(2);
    }

    @Test
    void outcome_isTheCodedReasonElseTheFinalStateElseInProgress() {
        assertThat(grain.keyOf(fact(State.STOPPED, LocalDate.of(2024, 10, 3), null, false, null, null,
                "REPORTING_WINDOW_PASSED")).outcome()).isEqualTo("REPORTING_WINDOW_PASSED");
        assertThat(grain.keyOf(fact(State.NOT_PROVEN, LocalDate.of(2024, 10, 3), null, true, null, null, null))
                .outcome()).isEqualTo("NOT_PROVEN");
        assertThat(grain.keyOf(fact(State.UNDER_VERIFICATION, LocalDate.of(2024, 10, 3), null, true, null, null,
                null)).outcome()).isEqualTo(RollupGrain.IN_PROGRESS);
    }

    @Test
    void unknownIncidentDate_hasNoPhase() {
        assertThat(grain.keyOf(fact(State.RECEIVED, LocalDate.of(2024, 10, 3), null, false, null, null, null))
                .phase()).isNull();
    }

    private static CaseFact fact(State state, LocalDate reportedOn, LocalDate occurredOn, boolean forwarded,
            LocalDate recommendedOn, LocalDate decidedOn, String outcomeReason) {
        return new CaseFact(1, "PILKADA-2024", "36.01", "PEMKAB-36.01", "KAMPANYE_MEDSOS", "DS-2", "FUNGSIONAL",
                false, "PNS", state, reportedOn, occurredOn, forwarded, recommendedOn, decidedOn,
                decidedOn == null ? null : "HEAVY", outcomeReason, false);
    }

    /** Campaign from 25 September to 23 November 2024. */
    private static final class Schedule implements ElectionSchedule {

        @Override
        public List<ElectionPhase> phases(String electionCode) {
            return List.of(new ElectionPhase(ElectionPhaseKind.PRE_CAMPAIGN, null, LocalDate.of(2024, 9, 24)),
                    new ElectionPhase(ElectionPhaseKind.CAMPAIGN, LocalDate.of(2024, 9, 25),
                            LocalDate.of(2024, 11, 23)));
        }

        @Override
        public Optional<ElectionPhaseKind> phaseOn(String electionCode, LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Participation participation(String electionCode, String regionCode) {
            return Participation.UNKNOWN;
        }
    }
}
