// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public reference API answers from the seeded data. */
@NetraIntegrationTest
class ReferenceDirectoriesIntegrationTests {

    @Autowired RegionDirectory regions;
    @Autowired ProvinceLocations locations;
    @Autowired AgencyDirectory agencies;
    @Autowired ViolationCatalogue violations;
    @Autowired ViolationCategories categories;
    @Autowired SanctionCatalogue sanctions;
    @Autowired ElectionDirectory elections;
    @Autowired ElectionSchedule schedule;

    @Test
    void regions_areFoundByCodeAndLevel() {
        assertThat(regions.find("36.01")).contains(new Region("36.01", "Kabupaten Pandeglang", RegionLevel.REGENCY, "36"));
        assertThat(regions.find("36")).map(Region::name).contains("Banten");
        assertThat(regions.find("99.99")).isEmpty();
        assertThat(regions.byLevel(RegionLevel.PROVINCE)).hasSize(38);
        assertThat(regions.byLevel(RegionLevel.REGENCY)).hasSize(514);
    }

    @Test
    void provinceLocations_coverEveryProvince() {
        assertThat(locations.all()).hasSize(38);
        assertThat(locations.find("63")).map(ProvinceLocation::capital).contains("Banjarbaru");
    }

    @Test
    void regionalGovernments_haveTheirPpk() {
        assertThat(agencies.find("PEMKAB-36.01")).contains(new Agency("PEMKAB-36.01",
                "Pemerintah Kabupaten Pandeglang", "Pemkab Pandeglang", AgencyType.PEMKAB, "36.01", "Bupati"));
        assertThat(agencies.find("PEMKOT-36.71")).map(Agency::ppkTitle).contains("Wali Kota");
        assertThat(agencies.find("PEMPROV-36")).map(Agency::ppkTitle).contains("Gubernur");
        assertThat(agencies.find("PEMKOT-31.71")).as("Jakarta's cities are administrative, not autonomous").isEmpty();
    }

    @Test
    void inRegion_ofAProvince_includesItsRegencies() {
        assertThat(agencies.inRegion("36.01")).extracting(Agency::code).containsExactly("PEMKAB-36.01");
        assertThat(agencies.inRegion("36")).extracting(Agency::code)
                .contains("PEMPROV-36", "PEMKAB-36.01", "PEMKOT-36.71").hasSize(1 + 8);
    }

    @Test
    void matchName_ignoresCaseAndSpaces_andRefusesAmbiguity() {
        assertThat(agencies.matchName("  pemkab  PANDEGLANG ")).map(Agency::code).contains("PEMKAB-36.01");
        assertThat(agencies.matchName("Badan Kepegawaian Negara")).map(Agency::code).contains("BKN");
        assertThat(agencies.matchName("Kemenpan RB")).map(Agency::code).contains("KEMENPANRB");
        assertThat(agencies.matchName("Kemenkumham")).as("split into three ministries").isEmpty();
        assertThat(agencies.matchName("")).isEmpty();
    }

    @Test
    void violationForms_mapToTheirSanctionLevel() {
        assertThat(violations.all()).hasSize(19);
        assertThat(violations.find("DS-5")).map(ViolationForm::mappedLevel).contains(SanctionLevel.DISMISSAL);
        assertThat(violations.find("DS-3")).map(ViolationForm::mappedLevel).contains(SanctionLevel.MEDIUM);
        assertThat(violations.find("DS-9")).map(ViolationForm::mappedLevel).contains(SanctionLevel.MEDIUM);
        assertThat(violations.find("DS-12")).map(ViolationForm::mappedLevel).contains(SanctionLevel.HEAVY);
        assertThat(violations.find("KE-4")).map(ViolationForm::kind).contains(ViolationKind.ETHICS);
        assertThat(violations.all().stream().filter(f -> f.kind() == ViolationKind.ETHICS))
                .allMatch(f -> f.mappedLevel() == SanctionLevel.MORAL);
    }

    @Test
    void everyForm_isCountedInSomeStatisticalCategory() {
        violations.all().forEach(form -> assertThat(categories.containing(form.code())).as(form.code()).isNotEmpty());
        assertThat(categories.all()).extracting(ViolationCategory::code).contains("KAMPANYE_MEDSOS",
                "PENDEKATAN_PARPOL", "ALAT_PERAGA", "DEKLARASI_DIRI", "HADIR_DEKLARASI", "FOTO_SIMBOL_TANGAN",
                "FASILITAS_NEGARA", "GRUP_PERCAKAPAN", "KEPUTUSAN_MENGUNTUNGKAN");
    }

    @Test
    void sanctionsInForce_followTheRegulationOfTheDay() {
        assertThat(sanctions.inForceOn(LocalDate.of(2019, 4, 17))).extracting(Sanction::regulation)
                .contains("PP 53/2010", "PP 42/2004", "UU 5/2014").doesNotContain("PP 94/2021", "UU 20/2023");
        assertThat(sanctions.inForceOn(LocalDate.of(2021, 8, 30))).extracting(Sanction::regulation)
                .contains("PP 53/2010").doesNotContain("PP 94/2021");
        assertThat(sanctions.inForceOn(LocalDate.of(2021, 8, 31))).extracting(Sanction::regulation)
                .contains("PP 94/2021").doesNotContain("PP 53/2010");
        assertThat(sanctions.inForceOn(LocalDate.of(2024, 11, 27))).extracting(Sanction::code)
                .contains("PTDH/UU20-2023").doesNotContain("PTDH/UU5-2014");
        assertThat(sanctions.inForceOn(LocalDate.of(2024, 11, 27)).stream()
                .filter(s -> s.regulation().equals("PP 94/2021"))).hasSize(9);
    }

    @Test
    void elections_haveVotingDayAndPhases() {
        assertThat(elections.all()).extracting(Election::code)
                .containsSubsequence("PEMILU-2019", "PILKADA-2020", "PEMILU-2024", "PILKADA-2024");
        assertThat(elections.find("PILKADA-2024")).map(Election::votingDay).contains(LocalDate.of(2024, 11, 27));
        assertThat(schedule.phases("PEMILU-2024")).extracting(ElectionPhase::kind).containsExactly(
                ElectionPhaseKind.PRE_CAMPAIGN, ElectionPhaseKind.CAMPAIGN, ElectionPhaseKind.QUIET_PERIOD,
                ElectionPhaseKind.VOTING, ElectionPhaseKind.RECAPITULATION);
        assertThat(schedule.phaseOn("PEMILU-2024", LocalDate.of(2024, 1, 15))).contains(ElectionPhaseKind.CAMPAIGN);
        assertThat(schedule.phaseOn("PEMILU-2024", LocalDate.of(2023, 3, 1))).contains(ElectionPhaseKind.PRE_CAMPAIGN);
        assertThat(schedule.phaseOn("PILKADA-2024", LocalDate.of(2024, 11, 27))).contains(ElectionPhaseKind.VOTING);
        assertThat(schedule.phaseOn("PEMILU-2024", LocalDate.of(2024, 6, 1))).isEmpty();
    }

    @Test
    void participation_knowsPilkada2024AndAdmitsIgnoranceFor2020() {
        assertThat(schedule.participation("PILKADA-2024", "36.01")).isEqualTo(Participation.PARTICIPATES);
        assertThat(schedule.participation("PILKADA-2024", "34")).isEqualTo(Participation.DOES_NOT_PARTICIPATE);
        assertThat(schedule.participation("PILKADA-2024", "31.71")).isEqualTo(Participation.DOES_NOT_PARTICIPATE);
        assertThat(schedule.participation("PILKADA-2020", "36.01")).isEqualTo(Participation.UNKNOWN);
        assertThat(schedule.participation("PEMILU-2019", "96.71")).isEqualTo(Participation.PARTICIPATES);
    }
}
