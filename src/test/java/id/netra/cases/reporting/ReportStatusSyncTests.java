// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import static id.netra.cases.CaseFixtures.heavyDecision;
import static id.netra.cases.CaseFixtures.pandeglangCase;
import static id.netra.cases.CaseFixtures.recommendedCase;
import static id.netra.cases.CaseFixtures.schedule;
import static id.netra.cases.CaseFixtures.stepOn;

import id.netra.cases.CaseStateChanged.State;
import id.netra.cases.application.CaseEventTypes;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.HolderType;
import id.netra.intake.ReportOutcome;
import id.netra.intake.ReportStatus;
import id.netra.reference.SanctionLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportStatusSyncTests {

    @Test
    void everyState_mapsToAStatusTheReporterCanSee() {
        for (State state : State.values()) {
            assertThat(ReportStatusSync.reporterStatus(state)).as(state.name()).isNotNull()
                    .isNotEqualTo(ReportStatus.RECEIVED);
        }
    }

    @Test
    void everyTerminalState_closesTheReport() {
        for (CaseState state : CaseState.values()) {
            if (state.terminal() && !state.legacy()) {
                assertThat(ReportStatusSync.reporterStatus(CaseEventTypes.publicState(state))).as(state.name())
                        .isEqualTo(ReportStatus.CLOSED);
            }
        }
    }

    @Test
    void aCaseStillInTheWorkflow_keepsTheReportOpen_exceptOnceThePpkDecided() {
        for (CaseState state : CaseState.values()) {
            if (!state.terminal() && state != CaseState.SANCTIONED) {
                assertThat(ReportStatusSync.reporterStatus(CaseEventTypes.publicState(state))).as(state.name())
                        .isNotEqualTo(ReportStatus.CLOSED);
            }
        }
        // an appeal is the sanctioned person's business: for the reporter the PPK's decision ended the case
        assertThat(ReportStatusSync.reporterStatus(State.SANCTIONED)).isEqualTo(ReportStatus.CLOSED);
        assertThat(ReportStatusSync.reporterStatus(State.UNDER_APPEAL)).isEqualTo(ReportStatus.FOLLOWED_UP);
    }

    @Test
    void theOutcomesAddedWithTheOfficialVocabularies_closeTheReport() {
        // these two were missing from the former hand-kept list, so such reports never closed
        assertThat(ReportStatusSync.reporterStatus(State.NOT_A_VIOLATION)).isEqualTo(ReportStatus.CLOSED);
        assertThat(ReportStatusSync.reporterStatus(State.NOT_ASN)).isEqualTo(ReportStatus.CLOSED);
    }

    @Test
    void bawasluReview_isInReview_andForwardingToThePpk_isForwarded() {
        assertThat(ReportStatusSync.reporterStatus(State.RECEIVED)).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(ReportStatusSync.reporterStatus(State.NEEDS_INFO)).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(ReportStatusSync.reporterStatus(State.RECOMMENDED)).isEqualTo(ReportStatus.FORWARDED);
        assertThat(ReportStatusSync.reporterStatus(State.REPRIMANDED)).isEqualTo(ReportStatus.FORWARDED);
    }

    private static final LocalDate TUE = LocalDate.of(2024, 10, 1);

    @Test
    void reportStatus_followsWhereAllItsCasesStand() {
        Case received = pandeglangCase(TUE);
        Case forwarded = pandeglangCase(TUE);
        forwarded.forward(stepOn(TUE, "bawaslu-officer"), HolderType.BKN, schedule());
        Case decided = recommendedCase(TUE);
        decided.decide(stepOn(TUE.plusDays(5), "ppk-officer"), heavyDecision(TUE.plusDays(5)));
        Case notAViolation = pandeglangCase(TUE);
        notAViolation.notAViolation(stepOn(TUE, "bawaslu-officer"));

        assertThat(ReportStatusSync.statusOf(List.of())).isEmpty();
        assertThat(ReportStatusSync.statusOf(List.of(received))).as("still with Bawaslu: unchanged").isEmpty();
        assertThat(ReportStatusSync.statusOf(List.of(received, forwarded))).contains(ReportStatus.FORWARDED);
        assertThat(ReportStatusSync.statusOf(List.of(forwarded, decided))).contains(ReportStatus.FOLLOWED_UP);
        assertThat(ReportStatusSync.statusOf(List.of(decided, notAViolation))).contains(ReportStatus.CLOSED);
    }

    @Test
    void askInfoAtBawasluReview_asksTheReporterItsReason_butNotFromTheSupervisorsFile_norAfterInfoComplete() {
        Case atReview = pandeglangCase(TUE);
        atReview.askInfo(id.netra.cases.domain.Step.of("bawaslu-officer", stepOn(TUE, "x").at(),
                "Mohon kirim tautan unggahan yang Anda maksud"), schedule());
        Case atSupervisor = pandeglangCase(TUE);
        atSupervisor.forward(stepOn(TUE, "bawaslu-officer"), HolderType.BKN, schedule());
        atSupervisor.askInfo(stepOn(TUE.plusDays(1), "satgas-verifier"), schedule());

        assertThat(ReportStatusSync.questionFor(List.of(atSupervisor))).as("a matter between officials").isEmpty();
        assertThat(ReportStatusSync.questionFor(List.of(atSupervisor, atReview)))
                .contains("Mohon kirim tautan unggahan yang Anda maksud");

        atReview.infoComplete(stepOn(TUE.plusDays(2), "bawaslu-officer"), schedule());
        assertThat(ReportStatusSync.questionFor(List.of(atReview))).isEmpty();
    }

    @Test
    void outcome_waitsUntilEveryCaseEnded_thenNamesTheMostConsequentialEnding() {
        Case received = pandeglangCase(TUE);
        Case decided = recommendedCase(TUE);
        decided.decide(stepOn(TUE.plusDays(5), "ppk-officer"), heavyDecision(TUE.plusDays(5)));
        Case notAViolation = pandeglangCase(TUE);
        notAViolation.notAViolation(stepOn(TUE, "bawaslu-officer"));
        Case notProven = pandeglangCase(TUE);
        notProven.forward(stepOn(TUE, "bawaslu-officer"), HolderType.BKN, schedule());
        notProven.verify(stepOn(TUE, "satgas-verifier"));
        notProven.notProven(stepOn(TUE.plusDays(3), "verifier"));

        assertThat(ReportStatusSync.outcomeOf(List.of())).isEmpty();
        assertThat(ReportStatusSync.outcomeOf(List.of(decided, received))).as("one case still open").isEmpty();
        assertThat(ReportStatusSync.outcomeOf(List.of(notAViolation, decided)))
                .contains(ReportOutcome.sanctioned(SanctionLevel.HEAVY));
        assertThat(ReportStatusSync.outcomeOf(List.of(notAViolation, notProven)))
                .contains(ReportOutcome.of(ReportOutcome.Kind.NOT_PROVEN));
        assertThat(ReportStatusSync.outcomeOf(List.of(notAViolation)))
                .contains(ReportOutcome.of(ReportOutcome.Kind.NOT_A_VIOLATION));
    }

    @Test
    void everyEndingState_hasAnOutcome_andAnOutcomeCarriesALevelOnlyForASanction() {
        for (CaseState state : CaseState.values()) {
            if (state.terminal() && !state.legacy() && state != CaseState.SANCTIONED) {
                assertThat(ReportOutcome.Kind.valueOf(CaseEventTypes.publicState(state).name())).as(state.name())
                        .isNotNull();
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ReportOutcome(ReportOutcome.Kind.NOT_PROVEN, SanctionLevel.LIGHT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
