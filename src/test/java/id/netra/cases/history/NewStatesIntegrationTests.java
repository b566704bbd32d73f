// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.history;

import static id.netra.cases.support.TestCases.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.shared.AuditEvent;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The states of the official vocabularies: waiting for information, Bawaslu's "not a violation" apart from
 * "stopped", "not a civil servant", and the PPK's examination; stop, reject and cancel carry a coded reason.
 */
@CasesIntegrationTest
class NewStatesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    id.netra.cases.support.RecordingAuditTrail audit;

    @BeforeEach
    void officeDay() {
        clock.setDay(LocalDate.of(2024, 11, 11));
    }

    @Test
    void needsInfo_pausesTheClock_andReturnsToWhereItWasAskedFrom_withTheDaysItHadLeft() throws Exception {
        // opened Monday 11 Nov 2024: the Bawaslu study has 3 working days, until Thursday 14 Nov
        long atReview = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        act(atReview, "ask-info", BAWASLU_BANTEN, "{}").andExpect(status().isBadRequest());
        // asked on Wednesday 13 Nov, with 1 working day left
        clock.setDay(LocalDate.of(2024, 11, 13));
        act(atReview, "ask-info", BAWASLU_BANTEN, "{\"reason\":\"Pelapor diminta melengkapi tautan unggahan\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("NEEDS_INFO"))
                .andExpect(jsonPath("$.deadline").doesNotExist());
        clock.setDay(LocalDate.of(2024, 11, 18));
        // completed Monday 18 Nov: the day left runs from there (a fresh clock would end on 21 Nov)
        act(atReview, "info-complete", BAWASLU_BANTEN, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.deadline").value("2024-11-19"));

        long atExamination = cases.caseIn(CaseState.FORWARDED, "36.01", "PEMKAB-36.01", clock.instant());
        act(atExamination, "ask-info", SATGAS, "{\"reason\":\"Dokumen dari pengawas belum lengkap\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("NEEDS_INFO"));
        act(atExamination, "info-complete", SATGAS, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FORWARDED"))
                .andExpect(jsonPath("$.deadlineStage").value("SATGAS_VERIFICATION"));
    }

    @Test
    void notAViolation_isItsOwnOutcome_andStoppingNeedsACodedReason() throws Exception {
        long notViolation = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        long stopped = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        act(notViolation, "not-a-violation", BAWASLU_BANTEN, "{\"reason\":\"Unggahan bukan ajakan memilih\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("NOT_A_VIOLATION"));
        act(stopped, "stop", BAWASLU_BANTEN, "{\"reason\":\"Lewat 7 hari\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));
        act(stopped, "stop", BAWASLU_BANTEN, "{\"reasonCode\":\"DUPLICATE\",\"reason\":\"Lewat 7 hari\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.reason-code.not-for-action"));
        act(stopped, "stop", BAWASLU_BANTEN, "{\"reasonCode\":\"REPORTING_WINDOW_PASSED\",\"reason\":\"Lewat 7 hari\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("STOPPED"))
                .andExpect(jsonPath("$.outcomeReason").value("REPORTING_WINDOW_PASSED"));
    }

    @Test
    void notAsn_onlyWhileScreening() throws Exception {
        long screened = cases.caseIn(CaseState.UNDER_VERIFICATION, "36.01", "PEMKAB-36.01", clock.instant());
        long recommended = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());

        act(screened, "not-asn", SATGAS, "{\"reason\":\"Terlapor kepala desa, bukan ASN\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("NOT_ASN"));
        act(recommended, "not-asn", ADMIN, "{\"reason\":\"Terlambat diketahui\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void ppkExamination_keepsTheFollowUpClock_andEndsInTheDecision() throws Exception {
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        String deadline = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/cases/{id}", id)
                .with(as(ADMIN))).andReturn().getResponse().getContentAsString(), "$.deadline");

        act(id, "start-examination", PPK_PANDEGLANG, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PPK_EXAMINATION"))
                .andExpect(jsonPath("$.deadline").value(deadline))
                .andExpect(jsonPath("$.allowedActions[?(@ == 'start-examination')]").isEmpty());
        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/5/2024","decreeDate":"2024-11-11","sanctionCode":"PP94-2021/BERAT-1"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SANCTIONED"));
    }

    @Test
    void satgasAndBkn_correctHowThePersonIsCounted_andTheSanctionMustApplyToTheirEmployment() throws Exception {
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());

        act(id, "correct-person", BAWASLU_BANTEN, "{\"employmentType\":\"PPPK\",\"reason\":\"Data BKN\"}")
                .andExpect(status().isUnprocessableContent());
        act(id, "correct-person", BKN, "{\"reason\":\"Tidak ada yang diubah\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.person.nothing-to-correct"));
        act(id, "correct-person", BKN, """
                {"employmentType":"PPPK","positionClass":"PELAKSANA","areaHead":true,"actingRegionalHead":false,
                 "reason":"Sesuai data SIASN"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECOMMENDED"))
                .andExpect(jsonPath("$.person.employmentType").value("PPPK"))
                .andExpect(jsonPath("$.person.areaHead").value(true))
                .andExpect(jsonPath("$.person.actingRegionalHead").value(false))
                .andExpect(jsonPath("$.timeline[-1].action").value("correct-person"))
                .andExpect(jsonPath("$.timeline[-1].reason").value(
                        org.hamcrest.Matchers.containsString("status kepegawaian: null → PPPK")));
        org.assertj.core.api.Assertions.assertThat(audit.eventsAbout(id))
                .extracting(AuditEvent::action).contains("case.correct-person");

        // a PNS sanction cannot be recorded against a PPPK; a PPPK sanction can
        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/6/2024","decreeDate":"2024-11-11","sanctionCode":"PP94-2021/BERAT-1"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.decide.sanction-wrong-employment"));
        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/6/2024","decreeDate":"2024-11-11","sanctionCode":"PP49-2018/BERAT"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SANCTIONED"));
        act(id, "correct-person", BKN, "{\"areaHead\":false,\"reason\":\"Ternyata bukan camat\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SANCTIONED"))
                .andExpect(jsonPath("$.person.areaHead").value(false));
    }

    private ResultActions act(long id, String action, CurrentUser user, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
