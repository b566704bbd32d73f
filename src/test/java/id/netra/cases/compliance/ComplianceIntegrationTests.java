// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.compliance;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.cases.domain.ActionRequest;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import id.netra.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scorecard for one agency used only here (PEMKAB-93.01, Merauke), so the figures are exact whatever other
 * tests stored: four recommendations, two decided after 5 and 10 working days (one lighter than the catalogue), one
 * overdue, one still waiting.
 */
@CasesIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceIntegrationTests {

    private static final String AGENCY = "PEMKAB-93.01";
    private static final CurrentUser PPK_MERAUKE = TestUsers.ppk("ppk-merauke").agency(AGENCY).region("93.01")
            .currentUser();
    private static final CurrentUser SUPERVISOR_PAPUA_SELATAN = TestUsers.supervisor("supervisor-93").region("93")
            .currentUser();

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;

    @BeforeAll
    void fourRecommendations() throws Exception {
        clock.setDay(LocalDate.of(2021, 1, 5));
        cases.caseIn(CaseState.RECOMMENDED, "93.01", AGENCY, clock.instant());
        clock.setDay(LocalDate.of(2021, 2, 15));
        mvc.perform(post("/api/v1/admin/deadline-sweep").param("asOf", "2021-02-15").with(as(ADMIN)).with(csrf()));

        clock.setDay(LocalDate.of(2024, 10, 1));
        long fast = cases.caseIn(CaseState.RECOMMENDED, "93.01", AGENCY, clock.instant());
        long lighter = cases.caseIn(CaseState.RECOMMENDED, "93.01", AGENCY, clock.instant());
        cases.caseIn(CaseState.RECOMMENDED, "93.01", AGENCY, clock.instant());
        clock.setDay(LocalDate.of(2024, 10, 15));
        cases.perform(PPK_MERAUKE, fast, new ActionRequest.Decide(null, "800/1/2024", LocalDate.of(2024, 10, 8),
                "PP94-2021/BERAT-1", null, "Terbukti melanggar netralitas ASN.", List.of(), null));
        cases.perform(PPK_MERAUKE, lighter, new ActionRequest.Decide(null, "800/2/2024", LocalDate.of(2024, 10, 15),
                "PP94-2021/RINGAN-2", "Pelanggaran pertama dan unggahan langsung dihapus oleh yang bersangkutan.",
                "Terbukti melanggar netralitas ASN.", List.of(), null));
    }

    @Test
    void agencyRow_countsRecommendationsDecisionsLatenessAndWorkingDaysToAct() throws Exception {
        Map<String, Object> row = row(PPK_MERAUKE, "agency");

        assertThat(row).containsEntry("code", AGENCY).containsEntry("recommended", 4).containsEntry("sanctioned", 2)
                .containsEntry("overdue", 1).containsEntry("blocked", 0).containsEntry("waiting", 2)
                .containsEntry("medianWorkingDaysToAct", 7.5).containsEntry("p90WorkingDaysToAct", 10)
                .containsEntry("complianceRate", 0.5).containsEntry("lighterThanMapped", 1);
    }

    @Test
    void supervisor_seesTheRegionsPpks_andOthersDoNot() throws Exception {
        assertThat(row(SUPERVISOR_PAPUA_SELATAN, "region")).containsEntry("code", "93.01")
                .containsEntry("recommended", 4);
        assertThat(codes(SUPERVISOR_BANTEN, "agency")).doesNotContain(AGENCY);
        assertThat(codes(PPK_PANDEGLANG, "agency")).doesNotContain(AGENCY).allMatch("PEMKAB-36.01"::equals);
        assertThat(codes(BKN, "agency")).contains(AGENCY);
    }

    @Test
    void exports_carryTheSameFiguresAsCsvAndXlsx() throws Exception {
        String csv = new String(mvc.perform(get("/cases/compliance.csv").with(as(PPK_MERAUKE))).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Kode instansi,Nama instansi,Direkomendasikan");
        assertThat(csv.lines().skip(1)).singleElement().asString().startsWith(AGENCY + ",")
                .contains(",4,2,1,0,2,7.5,10,0.5,1");

        byte[] xlsx = mvc.perform(get("/cases/compliance.xlsx").with(as(PPK_MERAUKE))).andReturn().getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Kode instansi");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Nama instansi");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(AGENCY);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(csv.lines().skip(1).findFirst().orElseThrow()
                    .split(",")[1]).isNotEqualTo(AGENCY);
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(4);
        }
        byte[] byRegion = mvc.perform(get("/cases/compliance.xlsx").param("groupBy", "region")
                .with(as(PPK_MERAUKE))).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(byRegion))) {
            Row header = workbook.getFirstSheet().read().get(0);
            assertThat(List.of(header.getCellText(0), header.getCellText(1))).containsExactly("Kode wilayah",
                    "Nama wilayah");
        }
        String regionCsv = new String(mvc.perform(get("/cases/compliance.csv").param("groupBy", "region")
                .with(as(PPK_MERAUKE))).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(regionCsv).startsWith("Kode wilayah,Nama wilayah,");
    }

    @Test
    void scorecardPage_rendersTheRowsSortedAsAsked() throws Exception {
        String html = mvc.perform(get("/cases/compliance").param("sort", "recommended").param("dir", "desc")
                .with(as(BKN))).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(AGENCY, "Kepatuhan PPK", "compliance.csv?groupBy=agency&amp;sort=recommended&amp;dir=desc",
                "compliance.xlsx", "▼");
        String ownOnly = mvc.perform(get("/cases/compliance").with(as(PPK_MERAUKE))).andReturn().getResponse()
                .getContentAsString();
        assertThat(ownOnly).contains(AGENCY).doesNotContain("PEMKAB-36.01");
    }

    private Map<String, Object> row(CurrentUser user, String groupBy) throws Exception {
        String body = mvc.perform(get("/api/v1/compliance").param("groupBy", groupBy).with(as(user))).andReturn()
                .getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body, "$[?(@.code == '" + (groupBy.equals("agency") ? AGENCY
                : "93.01") + "')]");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<String> codes(CurrentUser user, String groupBy) throws Exception {
        String body = mvc.perform(get("/api/v1/compliance").param("groupBy", groupBy).with(as(user))).andReturn()
                .getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].code");
    }
}
