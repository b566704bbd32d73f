// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.intake.ReportStatus;
import id.netra.reference.PositionClass;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTests {

    private static final Instant NOW = Instant.parse("2024-11-01T03:00:00Z");

    static ReportDraft draftNaming(String... names) {
        List<ReportDraft.Person> persons = java.util.Arrays.stream(names)
                .map(name -> new ReportDraft.Person(name, null, "PEMKAB-36.01", "Pemkab Pandeglang",
                        PositionClass.FUNGSIONAL, null))
                .toList();
        return new ReportDraft(Channel.PUBLIC_API, "PILKADA-2024", "36.01", "DS-2", LocalDate.of(2024, 10, 1),
                "Pandeglang", "Seorang guru berkampanye di grup WhatsApp sekolah.", ReporterMode.ANONYMOUS, persons,
                List.of("https://x.com/post/1"), null, null);
    }

    @Test
    void submittedReport_isReceivedWithOnePersonRowPerName() {
        Report report = Report.submit(draftNaming("Ahmad Sobari", "Drs. Budi, M.Si."), NOW, "anonymous");

        assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(report.persons()).extracting(ReportedPerson::normalisedName).containsExactly("ahmad sobari", "budi");
        assertThat(report.persons()).extracting(ReportedPerson::id).doesNotHaveDuplicates();
        assertThat(report.links()).containsExactly("https://x.com/post/1");
        assertThat(report.createdAt()).isEqualTo(NOW);
    }

    @Test
    void reportWithoutPersons_isRefused() {
        assertThatThrownBy(() -> Report.submit(draftNaming(), NOW, "anonymous"))
                .isInstanceOf(PolicyRejectedException.class)
                .hasMessage("intake.report.persons-required");
    }

    @Test
    void statusMovesForwardOnly() {
        Report report = Report.submit(draftNaming("Ahmad"), NOW, "anonymous");

        report.moveTo(ReportStatus.FORWARDED, NOW);

        assertThat(report.status()).isEqualTo(ReportStatus.FORWARDED);
        assertThatThrownBy(() -> report.moveTo(ReportStatus.IN_REVIEW, NOW))
                .isInstanceOf(PolicyRejectedException.class).hasMessage("intake.report.status-not-allowed");
    }

    @Test
    void closedReport_staysClosed() {
        Report report = Report.submit(draftNaming("Ahmad"), NOW, "anonymous");
        report.moveTo(ReportStatus.CLOSED, NOW);

        assertThatThrownBy(() -> report.moveTo(ReportStatus.CLOSED, NOW)).isInstanceOf(PolicyRejectedException.class);
    }

    @Test
    void mergedReport_followsItsTargetAndCannotMoveOnItsOwn() {
        Report first = Report.submit(draftNaming("Ahmad"), NOW, "anonymous");
        Report second = Report.submit(draftNaming("Ahmad"), NOW, "anonymous");

        second.mergeInto(first, NOW);

        assertThat(second.mergedInto()).isEqualTo(first.id());
        assertThatThrownBy(() -> second.moveTo(ReportStatus.IN_REVIEW, NOW))
                .hasMessage("intake.report.merged-follows-target");
        assertThatThrownBy(() -> second.mergeInto(first, NOW)).hasMessage("intake.merge.already-merged");
        assertThatThrownBy(() -> first.mergeInto(first, NOW)).hasMessage("intake.merge.self");
        Report third = Report.submit(draftNaming("Ahmad"), NOW, "anonymous");
        assertThatThrownBy(() -> third.mergeInto(second, NOW)).hasMessage("intake.merge.target-merged");
    }

    @Test
    void theStatusAndMergeRules_answerWithAReason_beforeAnythingChanges() {
        Report report = Report.submit(draftNaming("Ahmad"), NOW, "anonymous");
        Report other = Report.submit(draftNaming("Ahmad"), NOW, "anonymous");

        assertThat(report.mayMoveTo(ReportStatus.IN_REVIEW).allowed()).isTrue();
        assertThat(report.mayMoveTo(ReportStatus.RECEIVED)).isEqualTo(Decision.reject(
                "intake.report.status-not-allowed", ReportStatus.RECEIVED, ReportStatus.RECEIVED));
        assertThat(report.mayMergeInto(report)).isEqualTo(Decision.reject("intake.merge.self"));
        assertThat(report.mayMergeInto(other).allowed()).isTrue();
        assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(report.isMerged()).isFalse();
    }

    @Test
    void needsInfo_isADetourFromReview_thatReturnsToReview_butNotAfterForwarding() {
        assertThat(ReportStatus.IN_REVIEW.canMoveTo(ReportStatus.NEEDS_INFO)).isTrue();
        assertThat(ReportStatus.RECEIVED.canMoveTo(ReportStatus.NEEDS_INFO)).isTrue();
        assertThat(ReportStatus.NEEDS_INFO.canMoveTo(ReportStatus.IN_REVIEW)).isTrue();
        assertThat(ReportStatus.NEEDS_INFO.canMoveTo(ReportStatus.FORWARDED)).isTrue();
        assertThat(ReportStatus.NEEDS_INFO.canMoveTo(ReportStatus.RECEIVED)).isFalse();
        assertThat(ReportStatus.FORWARDED.canMoveTo(ReportStatus.NEEDS_INFO)).isFalse();
        assertThat(ReportStatus.IN_REVIEW.canMoveTo(ReportStatus.RECEIVED)).isFalse();
    }
}
