// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.history;

import static id.netra.cases.support.TestCases.*;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.application.CaseOpening;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.intake.ReportReceived;
import id.netra.shared.TimeConfiguration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Cases follow the law of their time: the clocks of their election type and period, the sanction catalogue of the
 * incident's date, and the real dates of their history, entered today. The clock stands at 7 Dec 2026; every case
 * here is from an earlier election.
 */
@CasesIntegrationTest
class CasesOfTheirTimeIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseOpening opening;

    @BeforeEach
    void today() {
        clock.setDay(TODAY);
    }

    @Test
    void pilkada2020Case_getsTheKasnEraPilkadaClock_andPemilu2024Case_thePemiluClock() throws Exception {
        long pilkada = open("PILKADA-2020", "DS-6", LocalDate.of(2020, 10, 2), LocalDate.of(2020, 10, 5));
        long pemilu = open("PEMILU-2024", "DS-6", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 5));

        // UU 10/2016 Pasal 134: 3 days; UU 7/2017 Pasal 454: 7 days; both statutory, counted in calendar days
        getCase(pilkada).andExpect(jsonPath("$.deadline").value("2020-10-08"))
                .andExpect(jsonPath("$.deadlineUnit").value("CALENDAR_DAYS"))
                .andExpect(jsonPath("$.deadlineBasis").value("STATUTE"));
        getCase(pemilu).andExpect(jsonPath("$.deadline").value("2024-02-12"))
                .andExpect(jsonPath("$.deadlineUnit").value("CALENDAR_DAYS"))
                .andExpect(jsonPath("$.deadlineBasis").value("STATUTE"));

        // KASN's examination had no published clock: Netra's default, labelled as such
        act(pilkada, "forward", "{\"effectiveDate\":\"2020-10-07\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.supervisingAuthority").value("KASN"))
                .andExpect(jsonPath("$.deadlineStage").value("SATGAS_VERIFICATION"))
                .andExpect(jsonPath("$.deadlineBasis").value("DEFAULT"));
        act(pilkada, "verify", "{\"effectiveDate\":\"2020-10-09\"}").andExpect(status().isOk());
        act(pilkada, "recommend", "{\"effectiveDate\":\"2020-10-20\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlineStage").value("PPK_FOLLOW_UP"))
                .andExpect(jsonPath("$.deadlineBasis").value("DEFAULT"));
        mvc.perform(get("/cases/{id}", pilkada).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai bawaan Netra yang dapat diubah, bukan ketentuan peraturan")));
        // decided, so that no other test's sweep over 2020 finds it waiting
        act(pilkada, "decide", """
                {"reason":"Terbukti melanggar netralitas ASN.","effectiveDate":"2020-11-02","decreeNumber":"800/1/2020","decreeDate":"2020-11-02",
                 "sanctionCode":"PP53-2010/BERAT-1"}""").andExpect(status().isOk());
    }

    @Test
    void a2019Case_isEnteredWithItsRealDates_andKasnSupervisesItBecauseOfThoseDates() throws Exception {
        long id = open("PEMILU-2019", "DS-4", LocalDate.of(2019, 4, 8), LocalDate.of(2019, 4, 10));

        act(id, "forward", "{\"effectiveDate\":\"2019-04-12\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.supervisingAuthority").value("KASN"))
                .andExpect(jsonPath("$.custodian.type").value("KASN"))
                .andExpect(jsonPath("$.custodian.since").value(containsString("2019-04-11T17:00")))
                .andExpect(jsonPath("$.timeline[-1].effectiveOn").value("2019-04-12"))
                .andExpect(jsonPath("$.timeline[-1].at").value(containsString("2026-12-0")));
        act(id, "verify", "{\"effectiveDate\":\"2019-04-11\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.effective-on.before-previous"));
        act(id, "verify", "{\"effectiveDate\":\"2026-12-08\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.effective-on.in-future"));
        act(id, "verify", "{\"effectiveDate\":\"2019-04-15\"}").andExpect(status().isOk());
        act(id, "recommend", "{\"effectiveDate\":\"2019-05-02\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.letters[0].issuedOn").exists());
        // before the SKB of 22 Sep 2022 there is no mapping to be lighter than: no justification asked, no flag
        act(id, "decide", """
                {"reason":"Terbukti melanggar netralitas ASN.","effectiveDate":"2019-06-10","decreeNumber":"800/12/2019","decreeDate":"2019-06-03",
                 "sanctionCode":"PP53-2010/RINGAN-2"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SANCTIONED"))
                .andExpect(jsonPath("$.decision.lighterThanMapped").value(false))
                .andExpect(jsonPath("$.decision.outsideCatalogue").value(false))
                .andExpect(jsonPath("$.decision.skbMappingApplicable").value(false));

        // the same steps taken today would go to BKN: the authority follows the effective date, not the click
        long today = open("PEMILU-2019", "DS-4", LocalDate.of(2019, 4, 8), LocalDate.of(2019, 4, 10));
        act(today, "forward", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.supervisingAuthority").value("BKN"));
        mvc.perform(get("/cases/{id}", id).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kejadian sebelum 22 September 2022")));
    }

    @Test
    void a2021Incident_skipsTheSkbCheck_whileA2024Incident_needsTheJustification() throws Exception {
        long old = recommended("PILKADA-2020", LocalDate.of(2021, 3, 1));
        long recent = recommended("PILKADA-2024", LocalDate.of(2024, 10, 1));

        String lightWithoutJustification = """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/3/2025","decreeDate":"2025-01-06","sanctionCode":"PP94-2021/RINGAN-2"}""";
        act(old, "decide", lightWithoutJustification).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.lighterThanMapped").value(false))
                .andExpect(jsonPath("$.decision.skbMappingApplicable").value(false));
        act(recent, "decide", lightWithoutJustification).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.decide.lighter-needs-justification"));
    }

    @Test
    void ds8_whoseMappingIsUncertain_needsNoJustificationForALighterSanction() throws Exception {
        long id = open("PILKADA-2024", "DS-8", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2));
        act(id, "forward", "{\"effectiveDate\":\"2024-10-03\"}").andExpect(status().isOk());
        act(id, "verify", "{\"effectiveDate\":\"2024-10-04\"}").andExpect(status().isOk());
        act(id, "recommend", "{\"effectiveDate\":\"2024-10-07\"}").andExpect(status().isOk());

        act(id, "decide", """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/4/2025","decreeDate":"2025-01-06","sanctionCode":"PP94-2021/SEDANG-1"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.lighterThanMapped").value(true))
                .andExpect(jsonPath("$.decision.justification").doesNotExist());
    }

    @Test
    void aBackDatedStep_isShownWithBothDates() throws Exception {
        long id = open("PILKADA-2020", "DS-6", LocalDate.of(2020, 10, 2), LocalDate.of(2020, 10, 5));
        act(id, "forward", "{\"effectiveDate\":\"2020-10-07\"}").andExpect(status().isOk());

        mvc.perform(get("/cases/{id}", id).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2020-10-07")))
                .andExpect(content().string(containsString("dicatat 2026-12-07")));
    }

    private long recommended(String election, LocalDate incident) throws Exception {
        long id = open(election, "DS-6", incident, incident.plusDays(1));
        act(id, "forward", "{\"effectiveDate\":\"%s\"}".formatted(incident.plusDays(2))).andExpect(status().isOk());
        act(id, "verify", "{\"effectiveDate\":\"%s\"}".formatted(incident.plusDays(3))).andExpect(status().isOk());
        act(id, "recommend", "{\"effectiveDate\":\"%s\"}".formatted(incident.plusDays(10)))
                .andExpect(status().isOk());
        return id;
    }

    /** A report of {@code election} about an incident, received on {@code receivedOn} (at 10:00 WIB). */
    private long open(String election, String violation, LocalDate incident, LocalDate receivedOn) {
        var person = new ReportReceived.ReportedPerson(UUID.randomUUID(), "ASN Riwayat", null, "PEMKAB-36.01",
                "Pemerintah Kabupaten Pandeglang", "PELAKSANA", "Staf");
        return opening.openFor(new ReportReceived(UUID.randomUUID(), election, "36.01", violation, incident,
                "BAWASLU_FINDING", List.of(person), receivedOn.atTime(LocalTime.of(10, 0))
                        .atZone(TimeConfiguration.WIB).toInstant())).get(0);
    }

    private ResultActions getCase(long id) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}", id).with(as(ADMIN))).andExpect(status().isOk());
    }

    private ResultActions act(long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
