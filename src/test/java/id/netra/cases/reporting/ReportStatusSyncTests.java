// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.CaseStateChanged.State;
import id.netra.cases.application.CaseEventTypes;
import id.netra.cases.domain.CaseState;
import id.netra.intake.ReportStatus;
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
}
