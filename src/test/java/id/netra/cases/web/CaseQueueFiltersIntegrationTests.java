// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.ANALYST;
import static id.netra.cases.support.TestCases.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.netra.cases.application.CaseOpening;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import id.netra.intake.ReportReceived;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The queue page's filter, sort and CSV export, always within the user's scope. */
@CasesIntegrationTest
class CaseQueueFiltersIntegrationTests {

    /** Lebak (36.02) and Kabupaten Tangerang (36.03) are used by no other test class. */
    private static final CurrentUser BAWASLU_LEBAK = TestUsers.bawaslu("bawaslu-lebak").region("36.02").currentUser();
    private static final CurrentUser PPK_LEBAK = TestUsers.ppk("ppk-lebak").agency("PEMKAB-36.02").region("36.02")
            .currentUser();

    private static final CurrentUser BAWASLU_BANTEN = TestUsers.bawaslu("bawaslu-banten-search").region("36")
            .currentUser();

    private static final LocalDate DAY = LocalDate.of(2024, 12, 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    CaseOpening opening;

    @BeforeEach
    void officeDay() {
        clock.setDay(DAY);
    }

    @Test
    void stateFilter_narrowsTheChosenQueue() throws Exception {
        long received = cases.openCase("36.02", "PEMKAB-36.02", clock.instant());
        long forwarded = cases.caseIn(CaseState.FORWARDED, "36.02", "PEMKAB-36.02", clock.instant());

        String all = page("/cases?queue=ALL", BAWASLU_LEBAK);
        String filtered = page("/cases?queue=ALL&state=FORWARDED", BAWASLU_LEBAK);

        assertThat(all).contains(number(received), number(forwarded));
        assertThat(filtered).contains(number(forwarded)).doesNotContain(number(received))
                .contains("<option value=\"FORWARDED\" selected=\"selected\">Diteruskan</option>");
    }

    @Test
    void foreignAgencyFilter_showsNothingOutsideTheOfficersScope() throws Exception {
        long own = cases.caseIn(CaseState.RECOMMENDED, "36.02", "PEMKAB-36.02", clock.instant());
        long foreign = cases.caseIn(CaseState.RECOMMENDED, "36.03", "PEMKAB-36.03", clock.instant());

        String page = page("/cases?queue=ALL&agency=pemkab-36.03", PPK_LEBAK);
        String csv = csv("/cases.csv?queue=ALL&agency=PEMKAB-36.03", PPK_LEBAK).getContentAsString(
                StandardCharsets.UTF_8);

        assertThat(page).doesNotContain(number(foreign)).doesNotContain(number(own))
                .contains("Tidak ada perkara dalam antrean ini.");
        assertThat(csv).doesNotContain(number(foreign)).doesNotContain(number(own));
        assertThat(page("/cases?queue=ALL", PPK_LEBAK)).contains(number(own)).doesNotContain(number(foreign));
    }

    @Test
    void sortByNumber_ordersBothWaysAndAnUnknownSortFallsBack() throws Exception {
        long first = cases.openCase("36.02", "PEMKAB-36.02", clock.instant());
        long second = cases.openCase("36.02", "PEMKAB-36.02", clock.instant());

        String ascending = page("/cases?queue=ALL&region=36.02&sort=number", BAWASLU_LEBAK);
        String descending = page("/cases?queue=ALL&region=36.02&sort=number,desc", BAWASLU_LEBAK);
        var unknown = mvc.perform(get("/cases?queue=ALL&sort=person_name;drop table x").with(as(BAWASLU_LEBAK)))
                .andReturn().getResponse();

        assertThat(ascending.indexOf(number(first))).isLessThan(ascending.indexOf(number(second)));
        assertThat(descending.indexOf(number(first))).isGreaterThan(descending.indexOf(number(second)));
        assertThat(unknown.getStatus()).isEqualTo(200);
        assertThat(unknown.getContentAsString()).contains(number(first), number(second))
                .contains("name=\"sort\" value=\"updated,desc\"");
    }

    @Test
    void csv_holdsTheHeaderAndTheScopedCasesWithFormulasDefused() throws Exception {
        long formula = openFor("=HYPERLINK(\"http://x\")", "36.02", "PEMKAB-36.02");
        long foreign = cases.openCase("36.03", "PEMKAB-36.03", clock.instant());

        MockHttpServletResponse response = csv("/cases.csv?queue=ALL&region=36.02", BAWASLU_LEBAK);
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getHeader("Content-Disposition")).contains("perkara-2024-12-03.csv");
        assertThat(response.getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(body.lines().findFirst().orElseThrow()).isEqualTo(
                "\uFEFFNomor,Status,Kode pemilihan,Pemilihan,Kode wilayah,Wilayah,Kode instansi,Instansi,Terlapor,"
                        + "Pelanggaran,Batas waktu,Sisa hari");
        assertThat(body).contains(number(formula) + ",Diterima,PILKADA-2024,Pemilihan Kepala Daerah Serentak 2024,"
                + "36.02,Kabupaten Lebak,PEMKAB-36.02,Pemerintah Kabupaten Lebak,")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
                .doesNotContain(",\"=HYPERLINK").doesNotContain(number(foreign));
    }

    @Test
    void analystCsv_showsPseudonymsNotNames() throws Exception {
        long id = openFor("Siti Rahasia Lebak", "36.02", "PEMKAB-36.02");

        String page = page("/cases?queue=ALL&region=36.02", ANALYST);
        String csv = csv("/cases.csv?queue=ALL&region=36.02", ANALYST).getContentAsString(StandardCharsets.UTF_8);
        String row = csv.lines().filter(line -> line.startsWith(number(id))).findFirst().orElseThrow();

        assertThat(row).doesNotContain("Siti Rahasia Lebak").contains(",ASN-");
        String pseudonym = row.split(",")[8];
        assertThat(page).contains(pseudonym).doesNotContain("Siti Rahasia Lebak");
    }

    @Test
    void regionAndAgencyByName_filterLikeTheirCodes() throws Exception {
        long lebak = cases.openCase("36.02", "PEMKAB-36.02", clock.instant());
        long tangerang = cases.openCase("36.03", "PEMKAB-36.03", clock.instant());

        String byRegion = page("/cases?queue=ALL&sort=number,desc&region=lebak", BAWASLU_BANTEN);
        String byAgency = page("/cases?queue=ALL&sort=number,desc&agency=Pemerintah Kabupaten Tangerang", BAWASLU_BANTEN);

        assertThat(byRegion).contains(number(lebak)).doesNotContain(number(tangerang))
                .contains("Kabupaten Lebak").contains("title=\"36.02\"");
        assertThat(byAgency).contains(number(tangerang)).doesNotContain(number(lebak));
    }

    @Test
    void unknownOrAmbiguousName_isSaidAndNeverSilentlyEmpty() throws Exception {
        String unknown = page("/cases?queue=ALL&region=Atlantis", BAWASLU_BANTEN);
        String ambiguous = page("/cases?queue=ALL&region=Tangerang", BAWASLU_BANTEN);

        assertThat(unknown).contains("Tidak ada wilayah bernama &quot;Atlantis&quot;");
        assertThat(ambiguous).contains("Beberapa wilayah cocok dengan &quot;Tangerang&quot;")
                .contains("Kabupaten Tangerang").contains("Kota Tangerang");
    }

    @Test
    void search_findsByNumberPersonNameNipAndAgencyName() throws Exception {
        long named = openFor("Rahmat Pencarian Lebak", "36.02", "PEMKAB-36.02");
        long other = cases.openCase("36.03", "PEMKAB-36.03", clock.instant());

        // newest first: other test classes open cases in Banten too, and a page holds 25
        assertThat(page("/cases?queue=ALL&sort=number,desc&q=pencarian", BAWASLU_BANTEN)).contains(number(named))
                .doesNotContain(number(other));
        assertThat(page("/cases?queue=ALL&q=" + number(other), BAWASLU_BANTEN)).contains(number(other))
                .doesNotContain(number(named));
        assertThat(page("/cases?queue=ALL&sort=number,desc&q=Kabupaten Tangerang", BAWASLU_BANTEN)).contains(number(other))
                .doesNotContain(number(named));
        assertThat(page("/cases?queue=ALL&q=pencarian", ANALYST)).doesNotContain(number(named));
    }

    private long openFor(String personName, String regionCode, String agencyCode) {
        var person = new ReportReceived.ReportedPerson(UUID.randomUUID(), personName,
                "1985010120100" + (10000 + (int) (Math.random() * 89999)), agencyCode, "Instansi uji",
                "FUNGSIONAL", "Guru");
        return opening.openFor(new ReportReceived(UUID.randomUUID(), "PILKADA-2024", regionCode, "DS-2",
                LocalDate.of(2024, 9, 30), "PUBLIC_WEB", List.of(person), clock.instant())).get(0);
    }

    private String page(String path, CurrentUser user) throws Exception {
        var response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse csv(String path, CurrentUser user) throws Exception {
        var response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        return response;
    }

    private static String number(long id) {
        return "NTR-2024-%06d".formatted(id);
    }
}
