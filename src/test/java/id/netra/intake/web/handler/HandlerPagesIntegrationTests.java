// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.handler;

import static id.netra.testing.TestUsers.ADMIN;
import static id.netra.testing.TestUsers.ANALYST;
import static id.netra.testing.TestUsers.BAWASLU_OFFICER;
import static id.netra.testing.TestUsers.PPK_OFFICER;
import static id.netra.testing.TestUsers.SATGAS_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.support.PublicApi;
import id.netra.intake.support.PublicApi.Submitted;
import id.netra.intake.support.Reports;
import id.netra.testing.TestUsers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntakeIntegrationTest
class HandlerPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PublicApi api;

    @BeforeEach
    void setUp() {
        api = new PublicApi(mvc);
    }

    @Test
    void reportList_andCsvExport_showTheReportWithFormulasDefused() throws Exception {
        Map<String, Object> body = Reports.minimalAnonymous();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Reports.firstPerson(body).put("name", "=HYPERLINK(\"http://evil\",\"" + marker + "\")");
        Submitted report = api.submit(body);

        mvc.perform(get("/intake/reports").param("regionCode", "36.01").with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(report.reportId().toString())));
        String csv = mvc.perform(get("/intake/reports.csv").param("regionCode", "36.01").with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).startsWith("report_id,received_at,channel");
        String line = csv.lines().filter(l -> l.contains(report.reportId().toString())).findFirst().orElseThrow();
        assertThat(line).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    }

    @Test
    void reportList_isSearchedByPersonNipAgencyAndCaseNumber_withTheTotalAndTheSearchKeptInTheLinks()
            throws Exception {
        String marker = "Cari" + UUID.randomUUID().toString().substring(0, 8);
        String nip = "1985010120100110" + String.format("%02d", (int) (Math.random() * 100));
        Map<String, Object> wanted = Reports.minimalAnonymous();
        Reports.firstPerson(wanted).put("name", "Budi " + marker);
        Reports.firstPerson(wanted).put("nip", nip);
        Submitted found = api.submit(wanted);
        Submitted other = api.submit(Reports.minimalAnonymous());

        String byName = page(get("/intake/reports").param("q", marker.toLowerCase()));
        assertThat(byName).contains(found.reportId().toString(), "1 laporan", "name=\"q\"",
                "value=\"" + marker.toLowerCase() + "\"").doesNotContain(other.reportId().toString());
        assertThat(byName).contains("/intake/reports.csv?q=" + marker.toLowerCase(),
                "/intake/reports.xlsx?q=" + marker.toLowerCase());
        assertThat(page(get("/intake/reports").param("q", nip.substring(0, 14)).param("regionCode", "36.01")))
                .contains(found.reportId().toString()).doesNotContain(other.reportId().toString());
        assertThat(page(get("/intake/reports").param("q", "Pemkab Pandeglang")))
                .as("the agency name the reporter typed").contains(other.reportId().toString());

        Long caseId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select id from cases.case_file where report_id = :id").param("id", found.reportId())
                .query(Long.class).list().stream().findFirst().orElse(null), java.util.Objects::nonNull);
        String byCase = page(get("/intake/reports").param("q", "NTR-2024-" + String.format("%06d", caseId)));
        assertThat(byCase).contains(found.reportId().toString()).doesNotContain(other.reportId().toString());
    }

    @Test
    void reportXlsx_carriesCodeAndNameColumns_forTheSearchedSelection() throws Exception {
        String marker = "Xlsx" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Reports.minimalAnonymous();
        Reports.firstPerson(body).put("name", "Sari " + marker);
        Submitted report = api.submit(body);

        byte[] xlsx = mvc.perform(get("/intake/reports.xlsx").param("q", marker).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            var header = rows.get(0).stream().map(cell -> cell == null ? "" : cell.getRawValue()).toList();
            var values = rows.get(1).stream().map(cell -> cell == null ? "" : cell.getRawValue()).toList();
            assertThat(header).containsSequence("region_code", "region_name")
                    .containsSequence("election_code", "election_name");
            assertThat(values).contains(report.reportId().toString(), "36.01", "Kabupaten Pandeglang",
                    "PILKADA-2024", "DS-2");
        }
        String csv = mvc.perform(get("/intake/reports.csv").param("q", marker).with(SATGAS_VERIFIER.basic()))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("region_code,region_name");
        assertThat(csv.lines()).hasSize(2);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                .with(SATGAS_VERIFIER.basic())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Issue 8, finding 9: an index beyond the binder's limit used to escape as a 500. */
    @Test
    void findingFormWithAHugePersonIndex_isABadRequest() throws Exception {
        for (String path : new String[] {"/intake/temuan", "/intake/temuan/orang/tambah"}) {
            mvc.perform(post(path).param("reportedPersons[100000].name", "x").with(BAWASLU_OFFICER.basic())
                    .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(Matchers.containsString("reportedPersons[100000]")));
        }
    }

    /** Issue 8, finding 10: the CSV used to start with its header and then break off with an access error. */
    @Test
    void csvExport_forARoleThatMayNotListReports_isRefusedBeforeAnyByte() throws Exception {
        for (TestUsers.TestUser user : new TestUsers.TestUser[] {PPK_OFFICER, ANALYST}) {
            mvc.perform(get("/intake/reports.csv").with(user.basic()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("report_id"))));
        }
    }

    /** Issue 8, finding 10: a flag must not reveal a report (id, region) that lies outside the reader's scope. */
    @Test
    void duplicateFlagTowardsAReportOutsideTheScope_saysSoWithoutIdentifyingIt() throws Exception {
        Submitted banten = api.submitMinimal();
        Map<String, Object> body = Reports.minimalAnonymous();
        body.put("regionCode", "32.01");
        Submitted bogor = api.submit(body);
        jdbc.sql("""
                insert into intake.duplicate_flag
                       (id, report_id, other_report_id, reasons, similarity, status, detected_at)
                values (:id, :report, :other, '{SAME_NIP}', null, 'OPEN', now())""")
                .param("id", UUID.randomUUID()).param("report", banten.reportId()).param("other", bogor.reportId())
                .update();

        String officerPage = mvc.perform(get("/intake/reports/" + banten.reportId()).with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String officerJson = mvc.perform(get("/api/v1/reports/" + banten.reportId()).with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String nationalPage = mvc.perform(get("/intake/reports/" + banten.reportId()).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(officerPage).contains("di luar cakupan Anda").doesNotContain(bogor.reportId().toString(), "32.01");
        assertThat(officerJson).contains("\"outsideScope\":true").doesNotContain(bogor.reportId().toString());
        assertThat(nationalPage).contains(bogor.reportId().toString()).doesNotContain("di luar cakupan Anda");

        await().atMost(Duration.ofSeconds(60)).until(() -> caseOf(banten.reportId()) != null);
        String casePage = mvc.perform(get("/cases/" + caseOf(banten.reportId())).with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("laporan di luar cakupan Anda").doesNotContain(bogor.reportId().toString());
    }

    private Long caseOf(UUID reportId) {
        return jdbc.sql("select min(id) from cases.case_file where report_id = :id").param("id", reportId)
                .query(Long.class).optional().orElse(null);
    }

    @Test
    void reportPage_forAHandler_andNotFoundOutsideTheirScope() throws Exception {
        Map<String, Object> body = Reports.minimalAnonymous();
        body.put("regionCode", "32.01");
        Submitted report = api.submit(body);

        mvc.perform(get("/intake/reports/" + report.reportId()).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ASN Uji")));
        mvc.perform(get("/intake/reports/" + report.reportId()).with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intake/reports/" + report.reportId()).with(PPK_OFFICER.basic()))
                .andExpect(status().isNotFound());
    }

    @Test
    void internalNoteFromThePage_staysOffTheReportersView() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(post("/intake/reports/" + report.reportId() + "/messages").with(BAWASLU_OFFICER.basic())
                .with(csrf())
                        .param("text", "Catatan: saksi takut.").param("internal", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/intake/reports/" + report.reportId()).with(BAWASLU_OFFICER.basic()))
                .andExpect(content().string(Matchers.containsString("Catatan: saksi takut.")));
        mvc.perform(post("/lapor/status").param("receipt", report.receipt()).with(csrf()))
                .andExpect(content().string(Matchers.not(Matchers.containsString("saksi takut"))));
    }

    @Test
    void identityOpenedOnThePage_isShownOnceWithoutARedirect() throws Exception {
        Map<String, Object> body = Reports.minimalAnonymous();
        body.put("reporter", Map.of("mode", "CONFIDENTIAL", "name", "Yusuf Saksi Halaman", "email", "y@example.org"));
        Submitted report = api.submit(body);

        mvc.perform(get("/intake/reports/" + report.reportId()).with(SATGAS_VERIFIER.basic()))
                .andExpect(content().string(Matchers.containsString("Buka identitas")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Yusuf Saksi Halaman"))));
        mvc.perform(post("/intake/reports/" + report.reportId() + "/identity").with(SATGAS_VERIFIER.basic())
                .with(csrf())
                        .param("reason", "Klarifikasi kronologi kepada pelapor"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Yusuf Saksi Halaman")));
        mvc.perform(post("/intake/reports/" + report.reportId() + "/identity").with(ADMIN.basic()).with(csrf())
                        .param("reason", "Klarifikasi kronologi kepada pelapor"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Yusuf Saksi Halaman"))));
    }

    @Test
    void findingForm_registersAFindingForTheOfficer() throws Exception {
        String name = "Kepala Desa Uji " + UUID.randomUUID();

        mvc.perform(get("/intake/temuan/baru").with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Catat temuan pengawas")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("reporter.mode"))));
        mvc.perform(post("/intake/temuan").with(BAWASLU_OFFICER.basic()).with(csrf())
                        .param("electionCode", "PILKADA-2024").param("regionCode", "36.01")
                        .param("reportedPersons[0].name", name)
                        .param("reportedPersons[0].agencyName", "Pemerintah Kabupaten Pandeglang")
                        .param("violationCode", "DS-2").param("occurredOn", "2024-10-02")
                        .param("description", "Kepala desa berstatus PNS memakai atribut pasangan calon."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/intake/reports/*"));

        assertThat(jdbc.sql("select r.channel from intake.report r join intake.reported_person p "
                        + "on p.report_id = r.id where p.name = :name")
                .param("name", name).query(String.class).single()).isEqualTo("BAWASLU_FINDING");
    }
}
