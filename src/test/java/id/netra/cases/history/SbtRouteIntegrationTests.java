// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.history;

import static id.netra.cases.support.TestCases.*;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.application.CaseOpening;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import id.netra.intake.ReportReceived;
import id.netra.shared.TimeConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The 2024 route (BKN's flow of October 2024): an SBT report of the BKN era goes to the Satgas's verification (7
 * days) and then to the Bawaslu study (3 working days); earlier SBT reports and Bawaslu findings keep the
 * Bawaslu-first route. On real PostgreSQL with a fixed clock.
 */
@CasesIntegrationTest
class SbtRouteIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseOpening opening;

    @Test
    void anSbtReportOfTheBknEra_isVerifiedByTheSatgas_thenStudiedByBawaslu_thenForwarded() throws Exception {
        clock.setDay(LocalDate.of(2024, 10, 1)); // Tuesday
        long id = open("SBT");

        getCase(id, SATGAS).andExpect(jsonPath("$.state").value("SATGAS_SCREENING"))
                .andExpect(jsonPath("$.route").value("SATGAS_FIRST"))
                .andExpect(jsonPath("$.deadlineStage").value("SATGAS_VERIFICATION"))
                .andExpect(jsonPath("$.deadline").value("2024-10-08"))
                .andExpect(jsonPath("$.custodian.code").value("SATGAS"))
                .andExpect(jsonPath("$.allowedActions", containsInAnyOrder("screen", "cancel", "reject", "not-asn",
                        "correct-person")));
        // Bawaslu's study comes after the Satgas's verification (Bawaslu sits in the Satgas: it may still say the
        // person is not a civil servant)
        getCase(id, BAWASLU_BANTEN).andExpect(jsonPath("$.allowedActions", not(hasItem("forward"))));
        act(id, "forward", BAWASLU_BANTEN, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.action.not-allowed-in-state"));

        clock.setDay(LocalDate.of(2024, 10, 3));
        act(id, "screen", SATGAS, "{\"reason\":\"Terlapor ASN, bukti cukup\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.deadlineStage").value("BAWASLU_REVIEW"))
                .andExpect(jsonPath("$.custodian.code").value("BAWASLU-36.01"));
        act(id, "forward", BAWASLU_BANTEN, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FORWARDED"))
                .andExpect(jsonPath("$.supervisingAuthority").value("BKN"));
        mvc.perform(get("/cases/{id}", id).with(as(BKN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alur SBT 2024: verifikasi Satgas, lalu kajian Bawaslu")));
    }

    @Test
    void anSbtReportOfTheKasnEra_andABawasluFindingOf2024_keepTheBawasluFirstRoute() throws Exception {
        clock.setDay(LocalDate.of(2024, 3, 5));
        long kasnEra = open("SBT");
        clock.setDay(LocalDate.of(2024, 10, 1));
        long finding = open("BAWASLU_FINDING");

        for (long id : new long[] {kasnEra, finding}) {
            getCase(id, BAWASLU_BANTEN).andExpect(jsonPath("$.state").value("RECEIVED"))
                    .andExpect(jsonPath("$.route").value("BAWASLU_FIRST"))
                    .andExpect(jsonPath("$.deadlineStage").value("BAWASLU_REVIEW"));
        }
        act(kasnEra, "screen", SATGAS, "{}").andExpect(status().isUnprocessableContent());
    }

    private long open(String channel) {
        ReportReceived sample = TestCases.report("36.01", "PEMKAB-36.01", 1, clock.instant());
        return opening.openFor(new ReportReceived(UUID.randomUUID(), sample.electionCode(), sample.regionCode(),
                sample.violationCode(), LocalDate.ofInstant(clock.instant(), TimeConfiguration.WIB).minusDays(1),
                channel, sample.persons(), clock.instant())).get(0);
    }

    private ResultActions getCase(long id, CurrentUser user) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}", id).with(as(user)));
    }

    private ResultActions act(long id, String action, CurrentUser user, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
