// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.election;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ElectionSchedulePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A Pemilu 2029 shaped like Pemilu 2024. */
    private static NewElection pemilu2029() {
        return new NewElection("PEMILU-2029", "Pemilihan Umum 2029", "General election 2029", "PEMILU",
                LocalDate.of(2029, 2, 14), null, null, LocalDate.of(2028, 11, 28), LocalDate.of(2029, 2, 10),
                LocalDate.of(2029, 2, 11), LocalDate.of(2029, 2, 13), LocalDate.of(2029, 2, 15),
                LocalDate.of(2029, 3, 20), true);
    }

    private static NewElection with(NewElection e, String code, String type, LocalDate votingDay, LocalDate campaignEnd,
            LocalDate quietStart, LocalDate recapStart) {
        return new NewElection(code, e.name(), e.nameEn(), type, votingDay, e.scopeNote(), e.preCampaignStart(),
                e.campaignStart(), campaignEnd, quietStart, e.quietEnd(), recapStart, e.recapEnd(), e.allRegions());
    }

    @Test
    void wellOrderedFutureElection_isAccepted() {
        assertThat(ElectionSchedulePolicy.check(pemilu2029(), TODAY).allowed()).isTrue();
    }

    @Test
    void derivedPhases_fillPreCampaignAndVoting() {
        var phases = pemilu2029().phases();
        assertThat(phases.get(0).endsOn()).isEqualTo(LocalDate.of(2028, 11, 27));
        assertThat(phases.get(3).startsOn()).isEqualTo(LocalDate.of(2029, 2, 14));
        assertThat(phases.get(3).endsOn()).isEqualTo(LocalDate.of(2029, 2, 14));
    }

    @Test
    void malformedCode_isRejected() {
        NewElection e = pemilu2029();
        assertThat(ElectionSchedulePolicy.check(with(e, "PEMILU 2029", "PEMILU", e.votingDay(), e.campaignEnd(),
                e.quietStart(), e.recapStart()), TODAY))
                .isEqualTo(Decision.rejectField("code", "reference.election.code.format"));
    }

    @Test
    void codeOfAnotherTypeOrYear_isRejected() {
        NewElection e = pemilu2029();
        assertThat(ElectionSchedulePolicy.check(with(e, "PEMILU-2029", "PILKADA", e.votingDay(), e.campaignEnd(),
                e.quietStart(), e.recapStart()), TODAY))
                .isEqualTo(Decision.rejectField("code", "reference.election.code.type"));
        assertThat(ElectionSchedulePolicy.check(with(e, "PEMILU-2030", "PEMILU", e.votingDay(), e.campaignEnd(),
                e.quietStart(), e.recapStart()), TODAY))
                .isEqualTo(Decision.rejectField("code", "reference.election.code.year"));
    }

    @Test
    void pastVotingDay_isRejected() {
        assertThat(ElectionSchedulePolicy.check(pemilu2029(), LocalDate.of(2029, 2, 14)))
                .isEqualTo(Decision.rejectField("votingDay", "reference.election.voting-day.future"));
    }

    @Test
    void quietPeriodOverlappingTheCampaign_isRejected() {
        NewElection e = pemilu2029();
        assertThat(ElectionSchedulePolicy.check(with(e, e.code(), e.type(), e.votingDay(), LocalDate.of(2029, 2, 11),
                e.quietStart(), e.recapStart()), TODAY))
                .isEqualTo(Decision.rejectField("quietStart", "reference.election.quiet.after-campaign"));
    }

    @Test
    void recapitulationBeforeVoting_isRejected() {
        NewElection e = pemilu2029();
        assertThat(ElectionSchedulePolicy.check(with(e, e.code(), e.type(), e.votingDay(), e.campaignEnd(),
                e.quietStart(), LocalDate.of(2029, 2, 13)), TODAY))
                .isEqualTo(Decision.rejectField("recapStart", "reference.election.recap.from-voting-day"));
    }

    @Test
    void periodEndingBeforeItStarts_isRejectedAtItsEnd_butOneDayIsAPeriod() {
        LocalDate day = LocalDate.of(2029, 2, 11);
        assertThat(ElectionSchedulePolicy.periodInOrder("quietEnd", day, day.minusDays(1))).isEqualTo(
                Decision.rejectField("quietEnd", "reference.election.period.end-before-start"));
        assertThat(ElectionSchedulePolicy.periodInOrder("quietEnd", day, day).allowed()).isTrue();
    }

    @Test
    void votingDuringQuietPeriod_isRejected() {
        NewElection e = pemilu2029();
        assertThat(ElectionSchedulePolicy.check(with(e, e.code(), e.type(), LocalDate.of(2029, 2, 13),
                e.campaignEnd(), e.quietStart(), LocalDate.of(2029, 2, 14)), TODAY).reasons())
                .contains(Decision.Reason.ofField("votingDay", "reference.election.voting-day.after-quiet"));
    }
}
