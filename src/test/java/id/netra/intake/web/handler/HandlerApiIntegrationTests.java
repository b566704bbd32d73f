// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.handler;

import static id.netra.testing.TestUsers.ADMIN;
import static id.netra.testing.TestUsers.ANALYST;
import static id.netra.testing.TestUsers.BAWASLU_OFFICER;
import static id.netra.testing.TestUsers.PPK_OFFICER;
import static id.netra.testing.TestUsers.SATGAS_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.support.PublicApi;
import id.netra.intake.support.PublicApi.Submitted;
import id.netra.intake.support.Reports;
import id.netra.intake.support.TestFiles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntakeIntegrationTest
class HandlerApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PublicApi api;

    @BeforeEach
    void setUp() {
        api = new PublicApi(mvc);
    }

    private Submitted reportIn(String regionCode) throws Exception {
        Map<String, Object> body = Reports.minimalAnonymous();
        body.put("regionCode", regionCode);
        return api.submit(body);
    }

    private Submitted confidentialReport() throws Exception {
        Map<String, Object> body = Reports.minimalAnonymous();
        body.put("reporter", Map.of("mode", "CONFIDENTIAL", "name", "Dewi Saksi Kunci", "phone", "081377778888"));
        return api.submit(body);
    }

    private List<Map<String, Object>> audit(String action, UUID subject) {
        return jdbc.sql("select actor, details from audit.entry where action = :action and details like :subject "
                        + "or action = :action and subject_id = :id")
                .param("action", action).param("subject", "%" + subject + "%").param("id", subject.toString())
                .query().listOfRows();
    }

    @Test
    void bawasluOfficer_listsOnlyReportsOfTheirProvince() throws Exception {
        Submitted banten = reportIn("36.01");
        Submitted jabar = reportIn("32.01");

        mvc.perform(get("/api/v1/reports").param("size", "200").with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].id").value(Matchers.hasItem(banten.reportId().toString())))
                .andExpect(jsonPath("$.rows[*].id").value(Matchers.not(Matchers.hasItem(jabar.reportId().toString()))))
                .andExpect(jsonPath("$.rows[*].regionCode").value(Matchers.everyItem(Matchers.startsWith("36"))));
        mvc.perform(get("/api/v1/reports").param("regionCode", "32.01").param("size", "200")
                .with(SATGAS_VERIFIER.basic()))
                .andExpect(jsonPath("$.rows[*].id").value(Matchers.hasItem(jabar.reportId().toString())));
        mvc.perform(get("/api/v1/reports/" + jabar.reportId()).with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isNotFound());
    }

    @Test
    void nonHandlers_andAnonymousCallers_getNoList() throws Exception {
        mvc.perform(get("/api/v1/reports").with(PPK_OFFICER.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports").with(ANALYST.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports")).andExpect(status().isUnauthorized());
    }

    @Test
    void details_showPersonsAndThreadButNoIdentity() throws Exception {
        Submitted report = confidentialReport();

        mvc.perform(get("/api/v1/reports/" + report.reportId()).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons[0].agencyCode").value("PEMKAB-36.01"))
                .andExpect(jsonPath("$.identityKept").value(true))
                .andExpect(jsonPath("$.mayOpenIdentity").value(true))
                .andExpect(jsonPath("$.nextStatuses[0]").value("IN_REVIEW"))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("Dewi", "081377778888"));
    }

    @Test
    void handlerMessages_publicReachTheReporterInternalNeverDo() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(post("/api/v1/reports/" + report.reportId() + "/messages").with(BAWASLU_OFFICER.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Mohon kirim foto spanduknya.\",\"internal\":false}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/reports/" + report.reportId() + "/messages").with(BAWASLU_OFFICER.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Terlapor kerabat kepala dinas.\",\"internal\":true}"))
                .andExpect(status().isCreated());

        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", report.receipt())))
                .andExpect(jsonPath("$.messages.length()").value(1))
                .andExpect(jsonPath("$.messages[0].text").value("Mohon kirim foto spanduknya."));
        mvc.perform(get("/api/v1/reports/" + report.reportId()).with(SATGAS_VERIFIER.basic()))
                .andExpect(jsonPath("$.messages.length()").value(2))
                .andExpect(jsonPath("$.messages[1].visibility").value("INTERNAL"));
        assertThat(audit("report.message-posted", report.reportId())).hasSize(2);
    }

    @Test
    void statusMovesForwardAndTheReporterSeesIt() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(post("/api/v1/reports/" + report.reportId() + "/status").with(SATGAS_VERIFIER.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"FORWARDED\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/reports/" + report.reportId() + "/status").with(SATGAS_VERIFIER.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_REVIEW\"}"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", report.receipt())))
                .andExpect(jsonPath("$.status").value("FORWARDED"));
        assertThat(audit("report.status-changed", report.reportId())).singleElement()
                .satisfies(row -> assertThat(row.get("actor")).isEqualTo("satgas-verifier"));
    }

    @Test
    void confidentialIdentity_opensForACustodianWithAReasonAndIsAudited() throws Exception {
        Submitted report = confidentialReport();
        String path = "/api/v1/reports/" + report.reportId() + "/reporter-identity";

        mvc.perform(post(path).with(ADMIN.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Ingin tahu saja siapa pelapornya\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).with(BAWASLU_OFFICER.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Perlu klarifikasi kronologi\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).with(SATGAS_VERIFIER.basic()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(audit("reporter-identity.viewed", report.reportId())).isEmpty();

        mvc.perform(post(path).with(SATGAS_VERIFIER.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Pemeriksaan saksi untuk verifikasi Satgas\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.name").value("Dewi Saksi Kunci"))
                .andExpect(jsonPath("$.phone").value("081377778888"));

        assertThat(audit("reporter-identity.viewed", report.reportId())).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo("satgas-verifier");
            assertThat((String) row.get("details")).contains("Pemeriksaan saksi").doesNotContain("Dewi", "0813");
        });
    }

    @Test
    void evidenceDownload_servesTheCleanedBytesAndIsAudited() throws Exception {
        Submitted report = api.submitMinimal();
        String added = mvc.perform(multipart("/api/v1/reports/" + report.reportId() + "/evidence")
                        .file(new MockMultipartFile("files", "spanduk.jpg", "image/jpeg", TestFiles.jpegWithGps()))
                        .header("X-Receipt", report.receipt()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String evidenceId = Reports.JSON.readTree(added).get("evidence").get(0).get("id").asString();

        byte[] served = mvc.perform(get("/api/v1/reports/" + report.reportId() + "/evidence/" + evidenceId)
                        .with(BAWASLU_OFFICER.basic()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("Repr-Digest", Matchers.startsWith("sha-256=:")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(served).isNotEqualTo(TestFiles.jpegWithGps()).startsWith(0xFF, 0xD8);
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'evidence.downloaded' "
                        + "and subject_id = :id and actor = 'bawaslu-officer'")
                .param("id", evidenceId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void ppkOfficer_readsEvidenceOnlyOfReportsNamingTheirAgency() throws Exception {
        Submitted own = api.submitMinimal();
        Map<String, Object> otherBody = Reports.minimalAnonymous();
        ((Map<String, Object>) ((List<?>) otherBody.get("reportedPersons")).get(0)).put("agencyName", "");
        ((Map<String, Object>) ((List<?>) otherBody.get("reportedPersons")).get(0)).put("agencyCode", "PEMPROV-36");
        Submitted other = api.submit(otherBody);
        String ownFile = upload(own);
        String otherFile = upload(other);

        mvc.perform(get("/api/v1/reports/" + own.reportId() + "/evidence/" + ownFile).with(PPK_OFFICER.basic()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/" + other.reportId() + "/evidence/" + otherFile).with(PPK_OFFICER.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/" + own.reportId()).with(PPK_OFFICER.basic()))
                .andExpect(status().isNotFound());
    }

    @Test
    @SuppressWarnings("unchecked")
    void imagePreview_servesInlineWithTheDownloadsScope_andNeverToAnotherAgencyOrAnonymously() throws Exception {
        Submitted own = api.submitMinimal();
        Map<String, Object> otherBody = Reports.minimalAnonymous();
        ((Map<String, Object>) ((List<?>) otherBody.get("reportedPersons")).get(0)).put("agencyName", "");
        ((Map<String, Object>) ((List<?>) otherBody.get("reportedPersons")).get(0)).put("agencyCode", "PEMPROV-36");
        Submitted other = api.submit(otherBody);
        String ownPhoto = uploadPhoto(own);
        String otherPhoto = uploadPhoto(other);
        String ownPdf = upload(own);
        String preview = "/intake/reports/" + own.reportId() + "/evidence/" + ownPhoto + "/preview";

        byte[] served = mvc.perform(get(preview).with(PPK_OFFICER.basic()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).startsWith(0xFF, 0xD8);
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'evidence.viewed' "
                        + "and subject_id = :id and actor = 'ppk-officer' and details like '%preview%'")
                .param("id", ownPhoto).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/intake/reports/" + other.reportId() + "/evidence/" + otherPhoto + "/preview")
                        .with(PPK_OFFICER.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intake/reports/" + own.reportId() + "/evidence/" + ownPdf + "/preview")
                .with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isNotFound());
        var anonymous = mvc.perform(get(preview)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).as("a visitor without a session").isIn(302, 401, 403, 404);
        assertThat(String.valueOf(anonymous.getContentType())).doesNotStartWith("image/");
        assertThat(anonymous.getContentAsByteArray().length > 1 && anonymous.getContentAsByteArray()[0] == (byte) 0xFF
                && anonymous.getContentAsByteArray()[1] == (byte) 0xD8).as("no image bytes").isFalse();
    }

    private String uploadPhoto(Submitted report) throws Exception {
        String added = mvc.perform(multipart("/api/v1/reports/evidence")
                        .file(new MockMultipartFile("files", "spanduk.jpg", "image/jpeg", TestFiles.jpegWithGps()))
                        .header("X-Receipt", report.receipt()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Reports.JSON.readTree(added).get("evidence").get(0).get("id").asString();
    }

    private String upload(Submitted report) throws Exception {
        String added = mvc.perform(multipart("/api/v1/reports/evidence")
                        .file(new MockMultipartFile("files", "surat.pdf", "application/pdf", TestFiles.minimalPdf()))
                        .header("X-Receipt", report.receipt()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Reports.JSON.readTree(added).get("evidence").get(0).get("id").asString();
    }

    @Test
    void bawasluFinding_isAReportWithoutReceiptInTheOfficersRegionOnly() throws Exception {
        Map<String, Object> finding = Reports.minimalAnonymous();
        finding.remove("reporter");

        String created = mvc.perform(post("/api/v1/findings").with(BAWASLU_OFFICER.basic())
                .contentType(MediaType.APPLICATION_JSON)
                        .content(Reports.json(finding)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(Reports.JSON.readTree(created).get("reportId").asString());
        Map<String, Object> row = jdbc.sql("select channel, created_by from intake.report where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("channel", "BAWASLU_FINDING").containsEntry("created_by", "bawaslu-officer");
        assertThat(jdbc.sql("select count(*) from intake.receipt where report_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();

        finding.put("regionCode", "32.01");
        mvc.perform(post("/api/v1/findings").with(BAWASLU_OFFICER.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(Reports.json(finding)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(post("/api/v1/findings").with(SATGAS_VERIFIER.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(Reports.json(Reports.minimalAnonymous())))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void handler_addsEvidenceWithoutReceipt() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(multipart("/api/v1/reports/" + report.reportId() + "/evidence").with(BAWASLU_OFFICER.basic())
                        .file(new MockMultipartFile("files", "notulen.pdf", "application/pdf", TestFiles.minimalPdf())))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select uploaded_by from intake.evidence_file where report_id = :id")
                .param("id", report.reportId()).query(String.class).single()).isEqualTo("bawaslu-officer");
    }
}
