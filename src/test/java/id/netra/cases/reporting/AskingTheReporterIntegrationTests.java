// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import static id.netra.cases.support.TestCases.BAWASLU_BANTEN;
import static id.netra.cases.support.TestCases.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.intake.IntakeReports;
import id.netra.intake.ReportStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bawaslu asks the reporter for more information through the receipt ({@code ask-info} at its review), the reporter
 * sees the question and answers with the receipt, the case page shows the answer, and {@code info-complete} closes
 * the question: the real intake and cases modules on PostgreSQL, joined by the case event.
 */
@CasesIntegrationTest
class AskingTheReporterIntegrationTests {

    private static final String QUESTION = "Mohon kirim tautan unggahan yang Anda maksud dan tanggal unggahannya.";

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntakeReports intake;

    @Test
    void askInfo_reachesTheReporter_whoseReplyTheOfficerSees_beforeRecordingInfoComplete() throws Exception {
        clock.setDay(LocalDate.of(2024, 11, 26));
        String[] submitted = submit("Joko Susilo");
        UUID reportId = UUID.fromString(submitted[0]);
        String receipt = submitted[1];
        long caseId = await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(reportId), l -> l.size() == 1).get(0);

        act(caseId, "ask-info", "{\"reason\":\"" + QUESTION + "\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> intake.find(reportId).orElseThrow().status() == ReportStatus.NEEDS_INFO);

        String status = receiptStatus(receipt);
        assertThat((String) JsonPath.read(status, "$.status")).isEqualTo("NEEDS_INFO");
        assertThat((String) JsonPath.read(status, "$.question.text")).isEqualTo(QUESTION);
        assertThat((Boolean) JsonPath.read(status, "$.question.answered")).isFalse();
        assertThat(status).as("no official's name reaches the reporter").doesNotContain("bawaslu-officer");
        String page = mvc.perform(post("/lapor/status").with(csrf()).param("receipt", receipt)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Bawaslu memerlukan keterangan tambahan", QUESTION, "Perlu keterangan tambahan dari Anda")
                .doesNotContain("bawaslu-officer");

        String casePage = casePage(caseId);
        assertThat(casePage).contains(QUESTION, "Pelapor belum menjawab");

        MockHttpServletResponse reply = mvc.perform(post("/api/v1/reports/messages").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"receipt":"%s","text":"Tautannya facebook.com/joko.s/posts/1, diunggah 20 November."}"""
                        .formatted(receipt))).andReturn().getResponse();
        assertThat(reply.getStatus()).as(reply.getContentAsString()).isEqualTo(201);
        assertThat((Boolean) JsonPath.read(receiptStatus(receipt), "$.question.answered")).isTrue();

        casePage = casePage(caseId);
        assertThat(casePage).contains("Pelapor menjawab", "Tautannya facebook.com/joko.s/posts/1, diunggah 20 November.")
                .doesNotContain("Pelapor belum menjawab");

        act(caseId, "info-complete", "{\"reason\":\"Tautan dan tanggal unggahan diterima\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> intake.find(reportId).orElseThrow().status() == ReportStatus.IN_REVIEW);
        status = receiptStatus(receipt);
        assertThat((Object) JsonPath.read(status, "$.question")).isNull();
        assertThat(intake.openQuestion(reportId)).isEmpty();
        assertThat(casePage(caseId)).doesNotContain(QUESTION.substring(0, 30) + "</blockquote>");
    }

    private String receiptStatus(String receipt) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/reports/status").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"receipt\":\"" + receipt + "\"}")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String casePage(long caseId) throws Exception {
        return mvc.perform(get("/cases/{id}", caseId).with(as(BAWASLU_BANTEN))).andReturn().getResponse()
                .getContentAsString();
    }

    private void act(long caseId, String action, String body) throws Exception {
        var response = mvc.perform(post("/api/v1/cases/{id}/actions/{action}", caseId, action)
                .with(as(BAWASLU_BANTEN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    }

    /** @return the report id and the receipt */
    private String[] submit(String name) throws Exception {
        String json = """
                {"electionCode":"PILKADA-2024","regionCode":"36.01","reportedPersons":[{"name":"%s",
                 "agencyName":"Pemerintah Kabupaten Pandeglang","positionClass":"FUNGSIONAL"}],"violationCode":"DS-2",
                 "occurredOn":"%s","description":"Mengunggah ajakan memilih pasangan calon di media sosial.",
                 "reporter":{"mode":"ANONYMOUS"}}""".formatted(name, clock.today().minusDays(2));
        var response = mvc.perform(post("/api/v1/reports").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        String body = response.getContentAsString();
        return new String[] {JsonPath.read(body, "$.reportId"), JsonPath.read(body, "$.receipt")};
    }

    private List<Long> casesOf(UUID reportId) {
        return jdbc.sql("select id from cases.case_file where report_id = :id order by id").param("id", reportId)
                .query(Long.class).list();
    }
}
