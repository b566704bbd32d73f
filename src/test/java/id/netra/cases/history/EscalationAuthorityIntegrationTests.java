// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.history;

import static id.netra.cases.support.TestCases.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.cases.sweep.DeadlineSweep;
import id.netra.identity.CurrentUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Escalation goes to whoever supervises the PPK, and the timeline says who reprimanded whom. */
@CasesIntegrationTest
class EscalationAuthorityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    DeadlineSweep sweep;

    @Test
    void kemendagriReprimandsARegionalHeadPpk_kemenpanrbCannot_andNoBknLetterIsIssued() throws Exception {
        long id = overdue(LocalDate.of(2021, 2, 1));

        act(id, "reprimand", BKN, "{\"issuedBy\":\"KEMENPANRB\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.reprimand.kemenpanrb-central-only"));
        act(id, "reprimand", BKN, "{\"issuedBy\":\"KEMENDAGRI\",\"reason\":\"Surat Mendagri 700/1/2021\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REPRIMANDED"))
                .andExpect(jsonPath("$.timeline[-1].reason", containsString(
                        "Teguran oleh Kementerian Dalam Negeri kepada Bupati")))
                .andExpect(jsonPath("$.timeline[-1].reason", containsString("selaku Pejabat Pembina Kepegawaian")))
                .andExpect(jsonPath("$.letters[*].kind", not(hasItem("REPRIMAND"))));
        // decided within the reprimand's days, so no other test's sweep finds its block due
        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/2/2021","decreeDate":"2021-03-13","sanctionCode":"PP94-2021/BERAT-1"}""")
                .andExpect(status().isOk());
    }

    @Test
    void theReportToThePresident_existsForKasnEraCasesOnly() throws Exception {
        long bknEra = overdue(LocalDate.of(2025, 2, 3));
        act(bknEra, "report-to-president", BKN, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.president.kasn-era-only"));

        long kasnEra = cases.openCase("36.01", "PEMKAB-36.01", instantOn(LocalDate.of(2020, 10, 5)));
        clock.setDay(LocalDate.of(2026, 12, 7));
        act(kasnEra, "forward", ADMIN, "{\"effectiveDate\":\"2020-10-06\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.supervisingAuthority").value("KASN"));
        act(kasnEra, "verify", ADMIN, "{\"effectiveDate\":\"2020-10-07\"}").andExpect(status().isOk());
        act(kasnEra, "recommend", ADMIN, "{\"effectiveDate\":\"2020-10-08\"}").andExpect(status().isOk());
        sweep.sweep(LocalDate.of(2020, 12, 31));
        act(kasnEra, "report-to-president", BKN, "{\"effectiveDate\":\"2021-01-04\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OVERDUE"))
                .andExpect(jsonPath("$.timeline[-1].reason", containsString(
                        "Laporan Komisi Aparatur Sipil Negara kepada Presiden tentang Bupati")));
    }

    private long overdue(LocalDate day) {
        clock.setDay(day);
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        clock.setDay(day.plusDays(40));
        sweep.sweep(day.plusDays(40));
        return id;
    }

    private static java.time.Instant instantOn(LocalDate day) {
        return day.atTime(10, 0).atZone(id.netra.shared.TimeConfiguration.WIB).toInstant();
    }

    private ResultActions act(long id, String action, CurrentUser user, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
