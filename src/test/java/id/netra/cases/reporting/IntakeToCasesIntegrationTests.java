// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.intake.IntakeReports;
import id.netra.intake.ReportMerged;
import id.netra.intake.ReportReceived;
import id.netra.intake.ReportStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole chain with the real intake module: public report → cases → status back to the reporter. The event paths
 * between the modules are also driven as Modulith {@link Scenario}s (publish an event, wait for the other module's
 * state to change); {@link EnableScenarios} only adds a parameter resolver, so the class keeps the shared context.
 */
@CasesIntegrationTest
@EnableScenarios
class IntakeToCasesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntakeReports intake;

    @Test
    void publicReportNamingThreeCivilServants_opensThreeCases_andForwardingReachesTheReporter() throws Exception {
        clock.setDay(LocalDate.of(2024, 11, 20));
        UUID reportId = submit("Andi Wijaya", "Budi Hartono", "Citra Dewi");

        List<Long> ids = await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(reportId), l -> l.size() == 3);
        String details = mvc.perform(get("/api/v1/cases/{id}", ids.get(0)).with(as(BAWASLU_BANTEN))).andReturn()
                .getResponse().getContentAsString();
        assertThat((String) JsonPath.read(details, "$.state")).isEqualTo("RECEIVED");
        String page = mvc.perform(get("/cases/{id}", ids.get(0)).with(as(BAWASLU_BANTEN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Laporan ini tidak memiliki berkas bukti");

        mvc.perform(post("/api/v1/cases/{id}/actions/forward", ids.get(0)).with(as(BAWASLU_BANTEN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> intake.find(reportId).orElseThrow().status() == ReportStatus.FORWARDED);
    }

    @Test
    void aReportWhoseCasesEndAsNotAViolationAndNotAsn_closesForTheReporter() throws Exception {
        clock.setDay(LocalDate.of(2024, 11, 22));
        UUID reportId = submit("Fajar Nugroho", "Gita Lestari");
        List<Long> ids = await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(reportId), l -> l.size() == 2);

        act(ids.get(0), "not-a-violation", "{\"reason\":\"Unggahan bukan ajakan memilih\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> statesOf(reportId).contains("NOT_A_VIOLATION"));
        assertThat(intake.find(reportId).orElseThrow().status()).isNotEqualTo(ReportStatus.CLOSED);

        act(ids.get(1), "not-asn", "{\"reason\":\"Terlapor kepala desa, bukan ASN\"}");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> intake.find(reportId).orElseThrow().status() == ReportStatus.CLOSED);
    }

    @Test
    void mergedReport_cancelsTheCaseOfThePersonAlsoInTheMainReportOnly(Scenario scenario) throws Exception {
        clock.setDay(LocalDate.of(2024, 11, 21));
        UUID main = submit("Dodi Saputra");
        UUID duplicate = submit("Dodi  Saputra", "Eka Putri");
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(main).size() == 1 && casesOf(duplicate).size() == 2);

        scenario.publish(new ReportMerged(duplicate, main, "satgas-verifier", clock.instant()))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> statesOf(duplicate), states -> states.contains("CANCELLED"))
                .andVerify(states -> assertThat(states).containsExactlyInAnyOrder("CANCELLED", "RECEIVED"));
        assertThat(statesOf(main)).containsExactly("RECEIVED");
    }

    /** Intake's event alone, as intake publishes it after committing a report, opens one case per person named. */
    @Test
    void reportReceived_opensOneReceivedCasePerPerson(Scenario scenario) {
        clock.setDay(LocalDate.of(2024, 11, 25));
        UUID reportId = UUID.randomUUID();
        ReportReceived received = new ReportReceived(reportId, "PILKADA-2024", "36.01", "DS-2",
                clock.today().minusDays(1), "PUBLIC_WEB", List.of(person("Hadi Purnomo"), person("Intan Sari")),
                clock.instant());

        scenario.publish(received)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> statesOf(reportId), states -> states.size() == 2)
                .andVerify(states -> assertThat(states).containsExactly("RECEIVED", "RECEIVED"));
    }

    private static ReportReceived.ReportedPerson person(String name) {
        return new ReportReceived.ReportedPerson(UUID.randomUUID(), name, null, "PEMKAB-36.01",
                "Pemerintah Kabupaten Pandeglang", "FUNGSIONAL", "Guru");
    }

    private void act(long caseId, String action, String body) throws Exception {
        var response = mvc.perform(post("/api/v1/cases/{id}/actions/{action}", caseId, action)
                .with(as(BAWASLU_BANTEN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    }

    private UUID submit(String... names) throws Exception {
        StringBuilder persons = new StringBuilder();
        for (String name : names) {
            persons.append(persons.isEmpty() ? "" : ",").append("""
                    {"name":"%s","agencyName":"Pemerintah Kabupaten Pandeglang","positionClass":"FUNGSIONAL"}"""
                    .formatted(name));
        }
        String json = """
                {"electionCode":"PILKADA-2024","regionCode":"36.01","reportedPersons":[%s],"violationCode":"DS-2",
                 "occurredOn":"%s","description":"Mengunggah ajakan memilih pasangan calon di media sosial.",
                 "reporter":{"mode":"ANONYMOUS"}}""".formatted(persons, clock.today().minusDays(2));
        var response = mvc.perform(post("/api/v1/reports").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.reportId"));
    }

    private List<Long> casesOf(UUID reportId) {
        return jdbc.sql("select id from cases.case_file where report_id = :id order by id").param("id", reportId)
                .query(Long.class).list();
    }

    private List<String> statesOf(UUID reportId) {
        return jdbc.sql("select state from cases.case_file where report_id = :id").param("id", reportId)
                .query(String.class).list();
    }
}
