// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.deadline.NewPolicyVersion.StageDraft;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.shared.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewPolicyVersionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private final NewPolicyVersionRules rules = new NewPolicyVersionRules();
    private final PolicyHistory history = new PolicyHistory(List.of(version(1, LocalDate.of(2019, 1, 1)),
            version(2, LocalDate.of(2025, 9, 1))));

    @Test
    void completeVersionStartingTomorrow_isAllowed() {
        assertThat(rules.check(draft(TODAY.plusDays(1), stages()), history, TODAY).reasons()).isEmpty();
    }

    @Test
    void startToday_isRefused() {
        assertThat(rules.check(draft(TODAY, stages()), history, TODAY).reasons())
                .singleElement().satisfies(r -> {
                    assertThat(r.field()).isEqualTo("validFrom");
                    assertThat(r.messageKey()).isEqualTo("case.policy.valid-from.not-future");
                });
    }

    @Test
    void startInThePast_isRefused() {
        assertThat(keys(rules.check(draft(TODAY.minusYears(1), stages()), history, TODAY).reasons()))
                .containsExactly("validFrom:case.policy.valid-from.not-future");
    }

    @Test
    void missingStart_isRefused() {
        assertThat(keys(rules.check(draft(null, stages()), history, TODAY).reasons()))
                .containsExactly("validFrom:case.policy.valid-from.required");
    }

    @Test
    void startOnTheDayAnotherActiveVersionStarts_isRefused() {
        assertThat(keys(rules.check(draft(LocalDate.of(2025, 9, 1), stages()), history, TODAY).reasons()))
                .containsExactly("validFrom:case.policy.valid-from.taken");
    }

    @Test
    void startOnTheDayOfAWithdrawnVersion_isAllowed() {
        PolicyVersion withdrawn = new PolicyVersion(3, LocalDate.of(2025, 12, 1), rulesOf(3),
                Instant.EPOCH, "admin", new PolicyVersion.Withdrawal(Instant.EPOCH, "admin", "salah tanggal"));
        PolicyHistory withWithdrawn = new PolicyHistory(List.of(version(1, LocalDate.of(2019, 1, 1)), withdrawn));

        assertThat(rules.check(draft(LocalDate.of(2025, 12, 1), stages()), withWithdrawn, TODAY).reasons()).isEmpty();
    }

    @Test
    void amountsOutOfRange_areRefusedPerStage() {
        List<StageDraft> stages = stages();
        stages.set(0, new StageDraft(DeadlineStage.BAWASLU_REVIEW, 0, DeadlineUnit.WORKING_DAYS, "dasar"));
        stages.set(2, new StageDraft(DeadlineStage.PPK_FOLLOW_UP, 366, DeadlineUnit.WORKING_DAYS, "dasar"));
        stages.set(3, new StageDraft(DeadlineStage.REPRIMAND_COMPLIANCE, null, DeadlineUnit.CALENDAR_DAYS, "dasar"));

        assertThat(keys(rules.check(draft(TODAY.plusDays(30), stages), history, TODAY).reasons())).containsExactly(
                "stages[0].amount:case.policy.amount.range", "stages[2].amount:case.policy.amount.range",
                "stages[3].amount:case.policy.amount.required");
    }

    @Test
    void boundaryAmounts_areAllowed() {
        List<StageDraft> stages = stages();
        stages.set(0, new StageDraft(DeadlineStage.BAWASLU_REVIEW, 1, DeadlineUnit.WORKING_DAYS, "dasar"));
        stages.set(1, new StageDraft(DeadlineStage.SATGAS_VERIFICATION, 365, DeadlineUnit.CALENDAR_DAYS, "dasar"));

        assertThat(rules.check(draft(TODAY.plusDays(30), stages), history, TODAY).reasons()).isEmpty();
    }

    @Test
    void missingOrBlankSource_isRefused() {
        List<StageDraft> stages = stages();
        stages.set(1, new StageDraft(DeadlineStage.SATGAS_VERIFICATION, 7, DeadlineUnit.CALENDAR_DAYS, null));
        stages.set(2, new StageDraft(DeadlineStage.PPK_FOLLOW_UP, 14, DeadlineUnit.WORKING_DAYS, "   "));

        assertThat(keys(rules.check(draft(TODAY.plusDays(30), stages), history, TODAY).reasons())).containsExactly(
                "stages[1].source:case.policy.source.required", "stages[2].source:case.policy.source.required");
    }

    @Test
    void missingUnit_isRefused() {
        List<StageDraft> stages = stages();
        stages.set(3, new StageDraft(DeadlineStage.REPRIMAND_COMPLIANCE, 3, null, "dasar"));

        assertThat(keys(rules.check(draft(TODAY.plusDays(30), stages), history, TODAY).reasons()))
                .containsExactly("stages[3].unit:case.policy.unit.required");
    }

    @Test
    void missingOrRepeatedStage_isRefused() {
        List<StageDraft> stages = stages();
        stages.set(3, new StageDraft(DeadlineStage.PPK_FOLLOW_UP, 3, DeadlineUnit.CALENDAR_DAYS, "dasar"));

        List<Decision.Reason> rejections = rules.check(draft(TODAY.plusDays(30), stages), history, TODAY).reasons();

        assertThat(keys(rejections)).containsExactly("stages[3].stage:case.policy.stage.repeated",
                "stages:case.policy.stage.missing");
        assertThat(rejections.get(1).args()).containsExactly("REPRIMAND_COMPLIANCE");
    }

    @Test
    void emptyDraft_reportsEveryProblemAtOnce() {
        assertThat(keys(rules.check(new NewPolicyVersion(null, null), history, TODAY).reasons())).containsExactly(
                "validFrom:case.policy.valid-from.required", "stages:case.policy.stage.missing");
    }

    private static List<String> keys(List<Decision.Reason> rejections) {
        return rejections.stream().map(r -> r.field() + ":" + r.messageKey()).toList();
    }

    private static NewPolicyVersion draft(LocalDate validFrom, List<StageDraft> stages) {
        return new NewPolicyVersion(validFrom, stages);
    }

    private static List<StageDraft> stages() {
        return new ArrayList<>(List.of(
                new StageDraft(DeadlineStage.BAWASLU_REVIEW, 3, DeadlineUnit.WORKING_DAYS, "Perbawaslu"),
                new StageDraft(DeadlineStage.SATGAS_VERIFICATION, 7, DeadlineUnit.CALENDAR_DAYS, "SE BKN"),
                new StageDraft(DeadlineStage.PPK_FOLLOW_UP, 10, DeadlineUnit.WORKING_DAYS, "SKB 2022"),
                new StageDraft(DeadlineStage.REPRIMAND_COMPLIANCE, 3, DeadlineUnit.CALENDAR_DAYS, "PP 12/2017")));
    }

    static PolicyVersion version(int number, LocalDate validFrom) {
        return new PolicyVersion(number, validFrom, rulesOf(number), Instant.EPOCH, "migration", null);
    }

    static List<DeadlineRule> rulesOf(int number) {
        return List.of(new DeadlineRule(DeadlineStage.BAWASLU_REVIEW, 3, DeadlineUnit.WORKING_DAYS, "v" + number),
                new DeadlineRule(DeadlineStage.SATGAS_VERIFICATION, 7, DeadlineUnit.CALENDAR_DAYS, "v" + number),
                new DeadlineRule(DeadlineStage.PPK_FOLLOW_UP, 14, DeadlineUnit.WORKING_DAYS, "v" + number),
                new DeadlineRule(DeadlineStage.REPRIMAND_COMPLIANCE, 3, DeadlineUnit.CALENDAR_DAYS, "v" + number));
    }
}
