// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import static id.netra.cases.support.TestCases.ADMIN;
import static id.netra.cases.support.TestCases.ANALYST;
import static id.netra.cases.support.TestCases.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.domain.ActionRequest;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import id.netra.reference.PositionClass;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics API over cases made through the real workflow in Gorontalo (province 75), which no other test uses:
 * four cases at four steps, two of them corrected to other position classes, and one case in West Sulawesi (76) to
 * prove that scopes and filters leave it out.
 */
@CasesIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStatisticsIntegrationTests {

    private static final String REGENCY = "75.01";
    private static final String AGENCY = "PEMKAB-75.01";
    private static final CurrentUser SUPERVISOR_GORONTALO = TestUsers.supervisor("supervisor-75").region("75")
            .currentUser();
    private static final CurrentUser SUPERVISOR_SULBAR = TestUsers.supervisor("supervisor-76").region("76")
            .currentUser();
    private static final CurrentUser PPK_GORONTALO = TestUsers.ppk("ppk-75").agency(AGENCY).region(REGENCY)
            .currentUser();

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;

    @BeforeAll
    void casesAtFourSteps() {
        clock.setDay(LocalDate.of(2024, 10, 1));
        long received = cases.caseIn(CaseState.RECEIVED, REGENCY, AGENCY, clock.instant());
        long forwarded = cases.caseIn(CaseState.FORWARDED, REGENCY, AGENCY, clock.instant());
        clock.setDay(LocalDate.of(2024, 10, 2));
        cases.caseIn(CaseState.RECOMMENDED, REGENCY, AGENCY, clock.instant());
        cases.caseIn(CaseState.SANCTIONED, REGENCY, AGENCY, clock.instant());
        cases.caseIn(CaseState.SANCTIONED, "76.01", "PEMKAB-76.01", clock.instant());
        cases.perform(ADMIN, received, correctPosition(PositionClass.PELAKSANA));
        cases.perform(ADMIN, forwarded, correctPosition(PositionClass.ADMINISTRATOR));
    }

    private static ActionRequest.CorrectPerson correctPosition(PositionClass positionClass) {
        return new ActionRequest.CorrectPerson(null, positionClass, null, null, null, "Koreksi jabatan uji", List.of(),
                null);
    }

    @Test
    void summaryByPosition_givesCountsSharesAsFractionsAndNames() throws Exception {
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "position").param("region", "75")
                        .with(as(ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.groups[0].key").value("FUNGSIONAL"))
                .andExpect(jsonPath("$.groups[0].label").value("Fungsional"))
                .andExpect(jsonPath("$.groups[0].count").value(2))
                .andExpect(jsonPath("$.groups[0].share").value(0.5))
                .andExpect(jsonPath("$.groups[1].share").value(0.25))
                .andExpect(jsonPath("$.groups[2].share").value(0.25))
                .andExpect(jsonPath("$.groups.length()").value(3));
    }

    @Test
    void filters_combine() throws Exception {
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "regency").param("region", "75")
                        .param("position", "FUNGSIONAL").param("election", "PILKADA-2024").with(as(ANALYST)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.groups[0].key").value(REGENCY));
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "category").param("region", "75")
                        .param("from", "2024-10-07").with(as(ANALYST)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void scope_supervisorCountsOnlyTheirProvince_ppkOnlyTheirAgency() throws Exception {
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "province").with(as(SUPERVISOR_GORONTALO)))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(jsonPath("$.groups[0].key").value("75"))
                .andExpect(jsonPath("$.groups[0].share").value(1.0));
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "province").param("region", "75")
                        .with(as(SUPERVISOR_SULBAR)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "agency").with(as(PPK_GORONTALO)))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.groups[0].key").value(AGENCY));
    }

    @Test
    void funnelComplianceAndSanctionLevels() throws Exception {
        mvc.perform(get("/api/v1/stats/funnel").param("region", "75").with(as(ANALYST)))
                .andExpect(jsonPath("$.reported").value(4)).andExpect(jsonPath("$.forwarded").value(3))
                .andExpect(jsonPath("$.recommended").value(2)).andExpect(jsonPath("$.sanctioned").value(1));
        mvc.perform(get("/api/v1/stats/compliance").param("region", "75").with(as(ANALYST)))
                .andExpect(jsonPath("$.recommended").value(2)).andExpect(jsonPath("$.sanctioned").value(1))
                .andExpect(jsonPath("$.rate").value(0.5)).andExpect(jsonPath("$.medianDaysToDecision").value(0.0));
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "sanctionLevel").param("region", "75")
                        .with(as(ANALYST)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.groups[0].key").value("HEAVY"))
                .andExpect(jsonPath("$.groups[0].label").value("Hukuman disiplin berat"));
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "outcome").param("region", "75")
                        .with(as(ANALYST)))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.groups[0].key").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.groups[0].count").value(3));
    }

    @Test
    void weekly_listsWeeksAndTheElectionsPhases() throws Exception {
        mvc.perform(get("/api/v1/stats/weekly").param("region", "75").param("election", "PILKADA-2024")
                        .with(as(ANALYST)))
                .andExpect(jsonPath("$.weeks.length()").value(1))
                .andExpect(jsonPath("$.weeks[0].start").value("2024-09-30"))
                .andExpect(jsonPath("$.weeks[0].count").value(4))
                .andExpect(jsonPath("$.phases[0].label").isString());
    }

    @Test
    void badInput_isA422WithAReasonPerFieldInIndonesian() throws Exception {
        mvc.perform(get("/api/v1/stats/summary").param("groupBy", "warna").with(as(ANALYST)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("groupBy"));
        mvc.perform(get("/api/v1/stats/summary").param("region", "99.99").param("from", "2024-13-01")
                        .param("employment", "honorer").with(as(ANALYST)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Wilayah \"99.99\" tidak dikenal. Gunakan kode provinsi (36) atau kabupaten/kota (36.01)."));
    }

    @Test
    void export_csvAndXlsxCarryCodeAndName() throws Exception {
        String csv = mvc.perform(get("/api/v1/stats/summary/export").param("groupBy", "position")
                        .param("region", "75").param("format", "csv").with(as(ANALYST)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Kode,Nama,Jumlah kasus,Proporsi").contains("FUNGSIONAL,Fungsional,2,0.5")
                .contains(",Jumlah,4,1.0");
        mvc.perform(get("/api/v1/stats/summary/export").param("groupBy", "position").param("region", "75")
                        .param("format", "xlsx").with(as(ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
