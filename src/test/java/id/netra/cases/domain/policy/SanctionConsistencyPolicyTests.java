// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.domain.RuleCheck;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionLevel;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SanctionConsistencyPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 2);
    private static final Sanction PP94_HEAVY = new Sanction("PP94-2021/BERAT-1", "PP 94/2021", SanctionLevel.HEAVY,
            "Penurunan jabatan", LocalDate.of(2021, 8, 31), null);
    private static final Sanction PP94_LIGHT = new Sanction("PP94-2021/RINGAN-2", "PP 94/2021", SanctionLevel.LIGHT,
            "Teguran tertulis", LocalDate.of(2021, 8, 31), null);
    private static final Sanction PP53_MEDIUM = new Sanction("PP53-2010/SEDANG-1", "PP 53/2010",
            SanctionLevel.MEDIUM, "Penundaan kenaikan gaji berkala", LocalDate.of(2010, 6, 6),
            LocalDate.of(2021, 8, 30));

    private final SanctionConsistencyPolicy policy = new SanctionConsistencyPolicy();

    @Test
    void sanctionAtTheMappedLevel_isAllowedAndNotFlagged() {
        var result = policy.check("PP94-2021/BERAT-1", Optional.of(PP94_HEAVY), TODAY, TODAY, SanctionLevel.HEAVY,
                null);

        assertThat(result.check().allowed()).isTrue();
        assertThat(result.lighterThanMapped()).isFalse();
    }

    @Test
    void unknownSanction_isRejected() {
        assertThat(key(policy.check("X", Optional.empty(), TODAY, TODAY, SanctionLevel.HEAVY, null).check()))
                .isEqualTo("case.decide.sanction-unknown");
    }

    @Test
    void legacyCatalogueSanction_isRejectedForADecisionAfterItsRepeal() {
        var result = policy.check(PP53_MEDIUM.code(), Optional.of(PP53_MEDIUM), TODAY, TODAY, SanctionLevel.MEDIUM,
                null);

        assertThat(key(result.check())).isEqualTo("case.decide.sanction-not-in-force");
    }

    @Test
    void legacyCatalogueSanction_isAcceptedForADecisionWhileItWasInForce() {
        LocalDate decree2020 = LocalDate.of(2020, 12, 1);

        assertThat(policy.check(PP53_MEDIUM.code(), Optional.of(PP53_MEDIUM), decree2020, TODAY,
                SanctionLevel.MEDIUM, null).check().allowed()).isTrue();
    }

    @Test
    void decreeDatedInTheFuture_isRejected() {
        assertThat(key(policy.check(PP94_HEAVY.code(), Optional.of(PP94_HEAVY), TODAY.plusDays(1), TODAY,
                SanctionLevel.HEAVY, null).check())).isEqualTo("case.decide.decree-in-future");
    }

    @Test
    void lighterSanctionWithoutAWrittenJustification_isRejected() {
        var result = policy.check(PP94_LIGHT.code(), Optional.of(PP94_LIGHT), TODAY, TODAY, SanctionLevel.HEAVY,
                "terlalu ringan");

        assertThat(key(result.check())).isEqualTo("case.decide.lighter-needs-justification");
    }

    @Test
    void lighterSanctionWithAJustification_isAllowedAndFlagged() {
        var result = policy.check(PP94_LIGHT.code(), Optional.of(PP94_LIGHT), TODAY, TODAY, SanctionLevel.HEAVY,
                "Pelanggaran pertama, unggahan dihapus dalam satu jam dan yang bersangkutan mengakui.");

        assertThat(result.check().allowed()).isTrue();
        assertThat(result.lighterThanMapped()).isTrue();
    }

    private static String key(RuleCheck check) {
        return ((RuleCheck.Rejected) check).messageKey();
    }
}
