// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import id.netra.intake.ReportReceived;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@CasesIntegrationTest
class CaseWorkflowIntegrationTests {

    // Tuesday 1 Oct 2024
    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void officeDay() {
        clock.setDay(DAY);
    }

    @Test
    void reportNamingThreeCivilServants_opensThreeCasesOnce() {
        ReportReceived report = TestCases.report("36.01", "PEMKAB-36.01", 3, clock.instant());

        tx.executeWithoutResult(status -> events.publishEvent(report));
        await().atMost(Duration.ofSeconds(20)).until(() -> casesOf(report) == 3);
        // a redelivered event changes nothing: the listener is idempotent on (report, person)
        tx.executeWithoutResult(status -> events.publishEvent(report));
        await().atMost(Duration.ofSeconds(20)).until(() -> completedPublications(report) == 2);

        assertThat(casesOf(report)).isEqualTo(3);
        assertThat(jdbc.sql("select distinct state from cases.case_file where report_id = :id")
                .param("id", report.reportId()).query(String.class).list()).containsExactly("RECEIVED");
    }

    @Test
    void caseWalksFromReceivedToSanctioned_withOnlyTheAllowedActionsOfferedOnTheWay() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        getCase(id, BAWASLU_BANTEN).andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.deadline").value("2024-10-04"))
                .andExpect(jsonPath("$.daysLeft").value(3))
                .andExpect(jsonPath("$.allowedActions", containsInAnyOrder("forward", "stop", "not-registered",
                        "not-a-violation", "ask-info", "not-asn")));
        getCase(id, SATGAS).andExpect(jsonPath("$.allowedActions", containsInAnyOrder("cancel", "ask-info",
                "not-asn", "correct-person")));
        getCase(id, PPK_PANDEGLANG).andExpect(jsonPath("$.allowedActions", hasSize(0)));

        clock.setDay(DAY.plusDays(1));
        act(id, "forward", BAWASLU_BANTEN, "{\"reason\":\"Memenuhi syarat formal dan material\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FORWARDED"))
                .andExpect(jsonPath("$.deadline").value("2024-10-09"))
                .andExpect(jsonPath("$.custodian.code").value("BKN"));
        act(id, "verify", SATGAS, "{}").andExpect(jsonPath("$.state").value("UNDER_VERIFICATION"));
        clock.setDay(DAY.plusDays(2));
        act(id, "recommend", SATGAS, "{\"violationCode\":\"DS-2\",\"documents\":[\"LHP-01/2024\"]}")
                .andExpect(jsonPath("$.state").value("RECOMMENDED"))
                .andExpect(jsonPath("$.proposedSanctionLevel").value("HEAVY"))
                .andExpect(jsonPath("$.deadline").value("2024-10-23"))
                .andExpect(jsonPath("$.custodian.code").value("PEMKAB-36.01"));
        getCase(id, PPK_PANDEGLANG)
                .andExpect(jsonPath("$.allowedActions", containsInAnyOrder("decide", "start-examination",
                        "left-service")));

        clock.setDay(DAY.plusDays(8));
        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/123/BKPSDM/2024","decreeDate":"2024-10-08","sanctionCode":"PP94-2021/BERAT-1"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SANCTIONED"))
                .andExpect(jsonPath("$.decision.sanctionLevel").value("HEAVY"))
                .andExpect(jsonPath("$.decision.lighterThanMapped").value(false))
                .andExpect(jsonPath("$.deadline").doesNotExist())
                .andExpect(jsonPath("$.timeline[*].action").value(org.hamcrest.Matchers.contains("open", "forward",
                        "verify", "recommend", "decide")))
                .andExpect(jsonPath("$.timeline[4].actor").value("ppk-officer"))
                .andExpect(jsonPath("$.timeline[4].documents[0]").value("800/123/BKPSDM/2024"))
                .andExpect(jsonPath("$.custody[*].code").value(org.hamcrest.Matchers.contains("BAWASLU-36.01", "BKN",
                        "PEMKAB-36.01")));
    }

    @Test
    void actionNotAllowedInTheCurrentState_is422WithTheReason() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        act(id, "verify", SATGAS, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.action.not-allowed-in-state"))
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void actionByTheWrongRole_is422AndChangesNothing() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        act(id, "forward", PPK_PANDEGLANG, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.action.role-not-allowed"));
        getCase(id, ADMIN).andExpect(jsonPath("$.state").value("RECEIVED"));
    }

    @Test
    void unknownAction_is404() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        act(id, "escalate-to-president", ADMIN, "{}").andExpect(status().isNotFound());
        act(id, "open", ADMIN, "{}").andExpect(status().isNotFound());
    }

    @Test
    void staleVersion_is409WithAnExplanation() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        act(id, "forward", BAWASLU_BANTEN, "{\"version\":0}").andExpect(status().isOk());

        act(id, "cancel", SATGAS, "{\"version\":0,\"reasonCode\":\"DUPLICATE\",\"reason\":\"Laporan ganda\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isString());
        getCase(id, ADMIN).andExpect(jsonPath("$.state").value("FORWARDED"));
    }

    @Test
    void missingRequiredField_is400WithFieldErrorsInIndonesian() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        act(id, "stop", BAWASLU_BANTEN, "{\"reasonCode\":\"OTHER\",\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Alasan wajib diisi."));
    }

    @Test
    void decisionWithoutAReason_is422OnTheReasonField_andTheCaseStaysRecommended() throws Exception {
        long id = recommended();

        act(id, "decide", PPK_PANDEGLANG, """
                {"decreeNumber":"800/8/2024","decreeDate":"2024-10-01","sanctionCode":"PP94-2021/BERAT-1","reason":" "}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Alasan wajib diisi."));
        mvc.perform(get("/api/v1/cases/{id}", id).with(as(PPK_PANDEGLANG)))
                .andExpect(jsonPath("$.state").value("RECOMMENDED"));
    }

    @Test
    void lighterDecisionWithoutJustification_isRejectedAndWithOneIsFlagged() throws Exception {
        long id = recommended();

        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/9/2024","decreeDate":"2024-10-01","sanctionCode":"PP94-2021/RINGAN-2"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.decide.lighter-needs-justification"));
        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/9/2024","decreeDate":"2024-10-01","sanctionCode":"PP94-2021/RINGAN-2",
                 "justification":"Pelanggaran pertama, unggahan dihapus dalam satu jam, yang bersangkutan mengakui."}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision.lighterThanMapped").value(true));
    }

    @Test
    void sanctionOutsideTheCatalogueOfTheIncidentDate_isRecordedAndFlagged_notRefused() throws Exception {
        long id = recommended();

        // a PP 53/2010 penalty (repealed 31 Aug 2021) imposed for a 2024 incident, as some PPKs still did in 2025
        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/9/2024","decreeDate":"2024-10-01","sanctionCode":"PP53-2010/SEDANG-1",
                 "justification":"Mengikuti katalog lama yang dipakai instansi sampai sekarang."}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SANCTIONED"))
                .andExpect(jsonPath("$.decision.sanctionCode").value("PP53-2010/SEDANG-1"))
                .andExpect(jsonPath("$.decision.outsideCatalogue").value(true))
                .andExpect(jsonPath("$.decision.skbMappingApplicable").value(true));
        mvc.perform(get("/cases/{id}", id).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString(
                        "Di luar katalog sanksi yang berlaku pada tanggal kejadian")));
    }

    private long recommended() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        act(id, "forward", BAWASLU_BANTEN, "{}").andExpect(status().isOk());
        act(id, "verify", SATGAS, "{}").andExpect(status().isOk());
        act(id, "recommend", SATGAS, "{}").andExpect(status().isOk());
        return id;
    }

    private ResultActions getCase(long id, CurrentUser user) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}", id).with(as(user))).andExpect(status().isOk());
    }

    private ResultActions act(long id, String action, CurrentUser user, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private int casesOf(ReportReceived report) {
        return jdbc.sql("select count(*) from cases.case_file where report_id = :id").param("id", report.reportId())
                .query(Integer.class).single();
    }

    private int completedPublications(ReportReceived report) {
        return jdbc.sql("""
                select count(*) from event_publication
                where completion_date is not null and serialized_event like :id
                  and listener_id like '%ReportReceivedListener%'""")
                .param("id", "%" + report.reportId() + "%").query(Integer.class).single();
    }
}
