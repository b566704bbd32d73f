// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static id.netra.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.reference.SanctionLevel;
import id.netra.shared.PolicyRejectedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseTests {

    // Tuesday; no holidays in the test calendar
    private static final LocalDate TUE = LocalDate.of(2024, 10, 1);

    @Test
    void openedCase_isReceivedWithTheBawasluReviewClockAndHeldByTheRegionalOffice() {
        Case c = pandeglangCase(TUE);

        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(c.deadline()).isEqualTo(new Deadline(DeadlineStage.BAWASLU_REVIEW, LocalDate.of(2024, 10, 4),
                DeadlineUnit.WORKING_DAYS));
        assertThat(c.currentCustody().holderCode()).isEqualTo("BAWASLU-36.01");
        assertThat(c.transitions()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(CaseState.RECEIVED);
            assertThat(t.action()).isEqualTo(CaseAction.OPEN);
        });
    }

    @Test
    void caseWalkedFromReceivedToSanctioned_recordsEveryStepAndCustodyChange() {
        Case c = pandeglangCase(TUE);
        c.forward(stepOn(TUE.plusDays(1), "bawaslu-officer"), HolderType.BKN, schedule());
        c.verify(stepOn(TUE.plusDays(2), "satgas-verifier"));
        c.recommend(stepOn(TUE.plusDays(2), "satgas-verifier"), "DS-2", SanctionLevel.HEAVY, schedule());
        c.decide(stepOn(TUE.plusDays(9), "ppk-officer"), heavyDecision(TUE.plusDays(8)));

        assertThat(c.state()).isEqualTo(CaseState.SANCTIONED);
        assertThat(c.deadline()).isNull();
        assertThat(c.transitions()).extracting(CaseTransition::action).containsExactly(CaseAction.OPEN,
                CaseAction.FORWARD, CaseAction.VERIFY, CaseAction.RECOMMEND, CaseAction.DECIDE);
        assertThat(c.transitions()).extracting(CaseTransition::actor).containsExactly("system", "bawaslu-officer",
                "satgas-verifier", "satgas-verifier", "ppk-officer");
        assertThat(c.custodyHistory()).extracting(CaseCustody::holderCode)
                .containsExactly("BAWASLU-36.01", "BKN", PANDEGLANG_GOVERNMENT);
        assertThat(c.custodyHistory()).filteredOn(CaseCustody::current).hasSize(1);
        assertThat(c.supervisingAuthority()).isEqualTo(HolderType.BKN);
        assertThat(c.proposedLevel()).isEqualTo(SanctionLevel.HEAVY);
        assertThat(c.dates().recommendedOn()).isEqualTo(TUE.plusDays(2));
        assertThat(c.dates().decidedOn()).isEqualTo(TUE.plusDays(8));
    }

    @Test
    void verification_keepsTheClockThatForwardingStarted() {
        Case c = pandeglangCase(TUE);
        c.forward(stepOn(TUE.plusDays(1), "bawaslu-officer"), HolderType.BKN, schedule());
        Deadline atForwarding = c.deadline();
        c.verify(stepOn(TUE.plusDays(5), "satgas-verifier"));

        assertThat(atForwarding).isEqualTo(new Deadline(DeadlineStage.SATGAS_VERIFICATION, TUE.plusDays(8),
                DeadlineUnit.CALENDAR_DAYS));
        assertThat(c.deadline()).isEqualTo(atForwarding);
    }

    @Test
    void recommendation_startsThePpkFollowUpClockOfFourteenWorkingDays() {
        Case c = recommendedCase(LocalDate.of(2024, 10, 3));

        assertThat(c.deadline()).isEqualTo(new Deadline(DeadlineStage.PPK_FOLLOW_UP, LocalDate.of(2024, 10, 23),
                DeadlineUnit.WORKING_DAYS));
    }

    @Test
    void overdueCase_isReprimandedBlockedAndDecidedWhileBlocked_whichLiftsTheBlock() {
        Case c = recommendedCase(LocalDate.of(2024, 10, 3));
        LocalDate ppkDeadline = c.deadline().due();

        c.markOverdue(stepOn(LocalDate.of(2024, 10, 25), "system"), ppkDeadline.plusDays(1));
        assertThat(c.state()).isEqualTo(CaseState.OVERDUE);
        assertThat(c.deadline().due()).as("the passed deadline stays visible").isEqualTo(ppkDeadline);

        c.reprimand(stepOn(LocalDate.of(2024, 10, 28), "bkn-officer"), schedule());
        assertThat(c.deadline()).isEqualTo(new Deadline(DeadlineStage.REPRIMAND_COMPLIANCE,
                LocalDate.of(2024, 10, 31), DeadlineUnit.CALENDAR_DAYS));

        assertThat(c.queueBlock(stepOn(LocalDate.of(2024, 11, 1), "system"), LocalDate.of(2024, 11, 1))).isTrue();
        assertThat(c.state()).as("queued, not blocked").isEqualTo(CaseState.REPRIMANDED);
        assertThat(c.activeBlock()).isEmpty();
        assertThat(c.blockDueSince()).isEqualTo(LocalDate.of(2024, 11, 1));

        c.block(stepOn(LocalDate.of(2024, 11, 4), "bkn-officer"), "SIASN-BLK/2024/0091");
        assertThat(c.state()).as("a block is a record, not a state").isEqualTo(CaseState.REPRIMANDED);
        assertThat(c.activeBlock()).hasValueSatisfying(block -> {
            assertThat(block.blockedOn()).isEqualTo(LocalDate.of(2024, 11, 4));
            assertThat(block.siasnReference()).isEqualTo("SIASN-BLK/2024/0091");
        });
        assertThat(c.blockDueSince()).isNull();

        c.decide(stepOn(LocalDate.of(2024, 11, 5), "ppk-officer"), heavyDecision(LocalDate.of(2024, 11, 5)));
        assertThat(c.state()).isEqualTo(CaseState.SANCTIONED);
        assertThat(c.activeBlock()).as("the PPK's decision lifts the block").isEmpty();
        assertThat(c.blocks()).singleElement().satisfies(block -> {
            assertThat(block.unblockedOn()).isEqualTo(LocalDate.of(2024, 11, 5));
            assertThat(block.unblockReference()).isEqualTo("800/12/BKPSDM/2024");
        });
        assertThat(c.dates().firstOverdueOn()).isEqualTo(LocalDate.of(2024, 10, 24));
        assertThat(c.dates().firstBlockedOn()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(c.transitions()).extracting(CaseTransition::action).endsWith(CaseAction.MARK_OVERDUE,
                CaseAction.REPRIMAND, CaseAction.BLOCK_DUE, CaseAction.BLOCK, CaseAction.DECIDE);
    }

    @Test
    void actionFromTheWrongState_isRejectedWithAReasonAndChangesNothing() {
        Case c = pandeglangCase(TUE);

        assertThatThrownBy(() -> c.decide(stepOn(TUE, "ppk-officer"), heavyDecision(TUE)))
                .isInstanceOf(PolicyRejectedException.class)
                .extracting(e -> ((PolicyRejectedException) e).rejection().first().messageKey())
                .isEqualTo("case.action.not-allowed-in-state");
        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(c.transitions()).hasSize(1);
    }

    @Test
    void recommendationWithoutAKnownAgency_isRejectedUntilTheAgencyIsResolved() {
        Case c = receivedCase(PANDEGLANG, null, TUE);
        c.forward(stepOn(TUE, "bawaslu-officer"), HolderType.BKN, schedule());
        c.verify(stepOn(TUE, "satgas-verifier"));

        assertThatThrownBy(() -> c.recommend(stepOn(TUE, "satgas-verifier"), "DS-2", SanctionLevel.HEAVY,
                schedule())).hasMessage("case.recommend.agency-unknown");
        c.resolveAgency(PANDEGLANG_GOVERNMENT, "Pemerintah Kabupaten Pandeglang");
        c.recommend(stepOn(TUE, "satgas-verifier"), "DS-2", SanctionLevel.HEAVY, schedule());
        assertThat(c.currentCustody().holderCode()).isEqualTo(PANDEGLANG_GOVERNMENT);
    }

    @Test
    void kasnFile_isHandedOverToBknOnceAndTheHandoverIsOnTheTimeline() {
        Case c = pandeglangCase(LocalDate.of(2024, 8, 1));
        c.forward(stepOn(LocalDate.of(2024, 8, 2), "bawaslu-officer"), HolderType.KASN, schedule());

        boolean moved = c.handOverToBkn(stepOn(LocalDate.of(2024, 9, 4), "admin"));
        boolean movedAgain = c.handOverToBkn(stepOn(LocalDate.of(2024, 9, 5), "admin"));

        assertThat(moved).isTrue();
        assertThat(movedAgain).isFalse();
        assertThat(c.state()).isEqualTo(CaseState.FORWARDED);
        assertThat(c.supervisingAuthority()).isEqualTo(HolderType.BKN);
        assertThat(c.custodyHistory()).extracting(CaseCustody::holderType)
                .containsExactly(HolderType.BAWASLU, HolderType.KASN, HolderType.BKN);
        assertThat(c.transitions()).last().satisfies(t -> {
            assertThat(t.action()).isEqualTo(CaseAction.HANDOVER);
            assertThat(t.from()).isEqualTo(t.to());
        });
    }

    @Test
    void kasnRecommendationAtThePpk_movesSupervisionToBknButTheFileStaysWithThePpk() {
        Case c = pandeglangCase(LocalDate.of(2024, 3, 1));
        c.forward(stepOn(LocalDate.of(2024, 3, 4), "bawaslu-officer"), HolderType.KASN, schedule());
        c.verify(stepOn(LocalDate.of(2024, 3, 5), "kasn"));
        c.recommend(stepOn(LocalDate.of(2024, 3, 6), "kasn"), "DS-2", SanctionLevel.HEAVY, schedule());

        assertThat(c.handOverToBkn(stepOn(LocalDate.of(2024, 9, 4), "admin"))).isTrue();
        assertThat(c.supervisingAuthority()).isEqualTo(HolderType.BKN);
        assertThat(c.currentCustody().holderType()).isEqualTo(HolderType.PPK);
    }

    @Test
    void amendedAppeal_replacesTheSanctionAndAnnulledAppeal_endsTheCase() {
        Case amended = recommendedCase(TUE);
        amended.decide(stepOn(TUE.plusDays(3), "ppk-officer"), heavyDecision(TUE.plusDays(3)));
        amended.appeal(stepOn(TUE.plusDays(5), "ppk-officer"), AppealKind.KEBERATAN, TUE.plusDays(4));
        SanctionDecision lighter = new SanctionDecision("PP94-2021/SEDANG-1", SanctionLevel.MEDIUM, "X/1",
                TUE.plusDays(20), true, null);
        amended.decideAppeal(stepOn(TUE.plusDays(21), "bkn-officer"), AppealOutcome.AMENDED, "KEB/1",
                TUE.plusDays(20), lighter);

        Case annulled = recommendedCase(TUE);
        annulled.decide(stepOn(TUE.plusDays(3), "ppk-officer"), heavyDecision(TUE.plusDays(3)));
        annulled.appeal(stepOn(TUE.plusDays(5), "ppk-officer"), AppealKind.BANDING, TUE.plusDays(4));
        annulled.decideAppeal(stepOn(TUE.plusDays(30), "bkn-officer"), AppealOutcome.ANNULLED, "BPASN/9",
                TUE.plusDays(29), null);

        assertThat(amended.state()).isEqualTo(CaseState.SANCTIONED);
        assertThat(amended.decision().sanctionCode()).isEqualTo("PP94-2021/SEDANG-1");
        assertThat(amended.appeal().outcome()).isEqualTo(AppealOutcome.AMENDED);
        assertThat(annulled.state()).isEqualTo(CaseState.SANCTION_ANNULLED);
        assertThat(annulled.state().terminal()).isTrue();
    }

    @Test
    void civilServantWhoLeftService_endsTheCaseWithTheKindAndDate() {
        Case c = recommendedCase(TUE);
        c.leftService(stepOn(TUE.plusDays(3), "ppk-officer"), LeftServiceKind.RETIRED, TUE.plusDays(1));

        assertThat(c.state()).isEqualTo(CaseState.LEFT_SERVICE);
        assertThat(c.leftServiceKind()).isEqualTo(LeftServiceKind.RETIRED);
        assertThat(c.deadline()).isNull();
        assertThat(c.state().terminal()).isTrue();
        assertThat(CaseLifecycle.actionsFrom(c.state())).containsExactly(CaseAction.CORRECT_PERSON);
    }
}
