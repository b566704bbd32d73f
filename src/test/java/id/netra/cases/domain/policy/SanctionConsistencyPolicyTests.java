// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
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
        var result = policy.check("PP94-2021/BERAT-1", Optional.of(PP94_HEAVY), TODAY, TODAY, ctx(SanctionLevel.HEAVY),
                null);

        assertThat(result.check().allowed()).isTrue();
        assertThat(result.lighterThanMapped()).isFalse();
    }

    @Test
    void unknownSanction_isRejected() {
        assertThat(key(policy.check("X", Optional.empty(), TODAY, TODAY, ctx(SanctionLevel.HEAVY), null).check()))
                .isEqualTo("case.decide.sanction-unknown");
    }

    @Test
    void legacyCatalogueSanction_forALaterIncident_isRecordedAndFlaggedOutsideTheCatalogue() {
        var result = policy.check(PP53_MEDIUM.code(), Optional.of(PP53_MEDIUM), TODAY, TODAY,
                new SanctionConsistencyPolicy.Context(LocalDate.of(2024, 11, 1), SanctionLevel.MEDIUM, false, null),
                null);

        assertThat(result.check().allowed()).as("the system records what the PPK actually did").isTrue();
        assertThat(result.outsideCatalogue()).isTrue();
    }

    @Test
    void legacyCatalogueSanction_isAcceptedForADecisionWhileItWasInForce() {
        LocalDate decree2020 = LocalDate.of(2020, 12, 1);

        assertThat(policy.check(PP53_MEDIUM.code(), Optional.of(PP53_MEDIUM), decree2020, TODAY,
                ctx(SanctionLevel.MEDIUM), null).check().allowed()).isTrue();
    }

    @Test
    void decreeDatedInTheFuture_isRejected() {
        assertThat(key(policy.check(PP94_HEAVY.code(), Optional.of(PP94_HEAVY), TODAY.plusDays(1), TODAY,
                ctx(SanctionLevel.HEAVY), null).check())).isEqualTo("case.decide.decree-in-future");
    }

    @Test
    void lighterSanctionWithoutAWrittenJustification_isRejected() {
        var result = policy.check(PP94_LIGHT.code(), Optional.of(PP94_LIGHT), TODAY, TODAY, ctx(SanctionLevel.HEAVY),
                "terlalu ringan");

        assertThat(key(result.check())).isEqualTo("case.decide.lighter-needs-justification");
    }

    @Test
    void lighterSanctionWithAJustification_isAllowedAndFlagged() {
        var result = policy.check(PP94_LIGHT.code(), Optional.of(PP94_LIGHT), TODAY, TODAY, ctx(SanctionLevel.HEAVY),
                "Pelanggaran pertama, unggahan dihapus dalam satu jam dan yang bersangkutan mengakui.");

        assertThat(result.check().allowed()).isTrue();
        assertThat(result.lighterThanMapped()).isTrue();
    }

    @Test
    void incidentBeforeTheSkb2022_isNotJudgedLighter_andFromItsDayItIs() {
        var before = policy.check(PP94_LIGHT.code(), Optional.of(PP94_LIGHT), TODAY, TODAY,
                SanctionConsistencyPolicy.Context.of(LocalDate.of(2022, 9, 21), SanctionLevel.HEAVY), null);
        var onTheDay = policy.check(PP94_LIGHT.code(), Optional.of(PP94_LIGHT), TODAY, TODAY,
                SanctionConsistencyPolicy.Context.of(LocalDate.of(2022, 9, 22), SanctionLevel.HEAVY), null);

        assertThat(before.check().allowed()).isTrue();
        assertThat(before.lighterThanMapped()).isFalse();
        assertThat(before.skbMappingApplicable()).isFalse();
        assertThat(key(onTheDay.check())).isEqualTo("case.decide.lighter-needs-justification");
    }

    @Test
    void catalogueOfTheIncidentDate_notOfTheDecreeDate_decides() {
        // incident in 2020, decree in 2022: PP 53/2010 was the catalogue of the incident
        var result = policy.check(PP53_MEDIUM.code(), Optional.of(PP53_MEDIUM), LocalDate.of(2022, 1, 10), TODAY,
                SanctionConsistencyPolicy.Context.of(LocalDate.of(2020, 11, 2), SanctionLevel.MEDIUM), null);
        var pp94ForThatIncident = policy.check(PP94_HEAVY.code(), Optional.of(PP94_HEAVY), LocalDate.of(2022, 1, 10),
                TODAY, SanctionConsistencyPolicy.Context.of(LocalDate.of(2020, 11, 2), SanctionLevel.HEAVY), null);

        assertThat(result.outsideCatalogue()).isFalse();
        assertThat(pp94ForThatIncident.check().allowed()).isTrue();
        assertThat(pp94ForThatIncident.outsideCatalogue()).isTrue();
    }

    @Test
    void uncertainMapping_needsNoJustification_butStaysFlaggedLighter() {
        var result = policy.check(PP94_LIGHT.code(), Optional.of(PP94_LIGHT), TODAY, TODAY,
                new SanctionConsistencyPolicy.Context(LocalDate.of(2024, 10, 1), SanctionLevel.HEAVY, true, null),
                null);

        assertThat(result.check().allowed()).isTrue();
        assertThat(result.lighterThanMapped()).isTrue();
    }

    @Test
    void pppkSanction_isRefusedForAPns_andPnsSanctionForAPppk() {
        Sanction pppkHeavy = new Sanction("PP49-2018/BERAT", "PP 49/2018", SanctionLevel.HEAVY, "Berat PPPK",
                LocalDate.of(2018, 11, 22), null, "PPPK");
        Sanction pns = new Sanction(PP94_HEAVY.code(), "PP 94/2021", SanctionLevel.HEAVY, "Penurunan jabatan",
                LocalDate.of(2021, 8, 31), null, "PNS, CPNS");
        var forPns = new SanctionConsistencyPolicy.Context(TODAY, SanctionLevel.HEAVY, false,
                id.netra.reference.EmploymentType.PNS);
        var forPppk = new SanctionConsistencyPolicy.Context(TODAY, SanctionLevel.HEAVY, false,
                id.netra.reference.EmploymentType.PPPK);
        var forCpns = new SanctionConsistencyPolicy.Context(TODAY, SanctionLevel.HEAVY, false,
                id.netra.reference.EmploymentType.CPNS);

        assertThat(key(policy.check(pppkHeavy.code(), Optional.of(pppkHeavy), TODAY, TODAY, forPns, null).check()))
                .isEqualTo("case.decide.sanction-wrong-employment");
        assertThat(key(policy.check(pns.code(), Optional.of(pns), TODAY, TODAY, forPppk, null).check()))
                .isEqualTo("case.decide.sanction-wrong-employment");
        assertThat(policy.check(pppkHeavy.code(), Optional.of(pppkHeavy), TODAY, TODAY, forPppk, null).check()
                .allowed()).isTrue();
        assertThat(policy.check(pns.code(), Optional.of(pns), TODAY, TODAY, forCpns, null).check().allowed())
                .isTrue();
    }

    private static SanctionConsistencyPolicy.Context ctx(SanctionLevel mapped) {
        return SanctionConsistencyPolicy.Context.of(null, mapped);
    }

    private static String key(Decision check) {
        return ((Decision.Rejected) check).first().messageKey();
    }
}
