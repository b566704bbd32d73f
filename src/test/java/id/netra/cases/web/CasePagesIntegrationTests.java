// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import id.netra.testing.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CasesIntegrationTest
class CasePagesIntegrationTests {

    /** Users of a regency no other test uses, so that the queues hold only this class's cases. */
    private static final CurrentUser BAWASLU_SERANG = TestUsers.bawaslu("bawaslu-serang").region("36.04")
            .currentUser();
    private static final CurrentUser PPK_SERANG = TestUsers.ppk("ppk-serang").agency("PEMKAB-36.04").region("36.04")
            .currentUser();

    private static final LocalDate DAY = LocalDate.of(2024, 12, 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;

    @BeforeEach
    void officeDay() {
        clock.setDay(DAY);
    }

    @Test
    void myTasks_showTheCasesWaitingForTheUsersRole() throws Exception {
        long received = cases.openCase("36.04", "PEMKAB-36.04", clock.instant());
        long recommended = cases.caseIn(CaseState.RECOMMENDED, "36.04", "PEMKAB-36.04", clock.instant());

        String bawaslu = page("/cases?queue=MY_TASKS", BAWASLU_SERANG);
        String ppk = page("/cases?queue=MY_TASKS", PPK_SERANG);

        assertThat(bawaslu).contains(number(received)).doesNotContain(number(recommended));
        assertThat(ppk).contains(number(recommended)).doesNotContain(number(received));
    }

    @Test
    void readOnlyRoles_landOnAllVisibleCases() throws Exception {
        long id = cases.openCase("36.04", "PEMKAB-36.04", clock.instant());

        assertThat(page("/cases", SUPERVISOR_BANTEN)).contains("aria-current=\"page\">Semua");
        // newest first by number: other tests in this shared context (the hostile corpus among them) open Banten
        // cases at the real time, which the default "newest change first" order puts above this fixed-clock case
        assertThat(page("/cases?queue=ALL&sort=number,desc", SUPERVISOR_BANTEN))
                .contains(number(id), "aria-current=\"page\">Semua");
        assertThat(page("/cases", BAWASLU_SERANG)).contains("aria-current=\"page\">Tugas saya");
    }

    @Test
    void overdueQueue_listsCasesPastTheirDeadline() throws Exception {
        long late = cases.openCase("36.04", "PEMKAB-36.04", clock.instant());
        clock.setDay(DAY.plusDays(8));
        // opened Wed 11 Dec: 3 working days later is Mon 16 Dec, within 3 calendar days of Fri 13 Dec
        long fresh = cases.openCase("36.04", "PEMKAB-36.04", clock.instant());
        clock.setDay(DAY.plusDays(10));

        assertThat(page("/cases?queue=OVERDUE", BAWASLU_SERANG)).contains(number(late)).doesNotContain(number(fresh));
        assertThat(page("/cases?queue=DUE_SOON", BAWASLU_SERANG)).contains(number(fresh)).doesNotContain(number(late));
    }

    @Test
    void casePage_offersOnlyTheAllowedActionsAsHtmxForms() throws Exception {
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());

        String ppk = page("/cases/" + id, PPK_PANDEGLANG);
        String supervisor = page("/cases/" + id, SUPERVISOR_BANTEN);

        assertThat(ppk).contains("hx-post=\"/cases/" + id + "/actions/decide\"", "PP94-2021/BERAT-1",
                "Riwayat", "Direkomendasikan", "BAWASLU-36.01").doesNotContain("/actions/forward");
        assertThat(supervisor).doesNotContain("hx-post=").contains("Tidak ada tindakan untuk Anda");
        // a case whose report is not held by intake says so in words, without the report's internal id
        assertThat(ppk).contains("Laporan asal kasus ini tidak tersimpan di Netra")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void formPost_performsTheAction_andRedirectsToTheCase_whichShowsTheNewState() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        var response = mvc.perform(post("/cases/{id}/actions/forward", id).param("version", "0")
                .param("reason", "Memenuhi syarat").param("documents", "BA-1/2024\nBA-2/2024").header("HX-Request", "true")
                .with(as(BAWASLU_BANTEN)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as("post/redirect/get").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/cases/" + id + "?done=forward");
        String html = page(response.getRedirectedUrl(), BAWASLU_BANTEN);

        assertThat(html).contains("Diteruskan", "berhasil dicatat", "[BA-2/2024]");
    }

    @Test
    void formPost_withAStaleVersionOrAMissingReason_showsWhy() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        cases.perform(BAWASLU_BANTEN, id, new id.netra.cases.domain.ActionRequest.Forward(null, null,
                java.util.List.of(), null));

        String stale = mvc.perform(post("/cases/{id}/actions/cancel", id).param("version", "0")
                .param("reasonCode", "DUPLICATE").param("reason", "Ganda").with(as(SATGAS)).with(csrf())).andReturn().getResponse()
                .getContentAsString();
        String blank = mvc.perform(post("/cases/{id}/actions/cancel", id).param("reasonCode", "DUPLICATE")
                .param("reason", " ")
                .with(as(SATGAS)).with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(stale).contains("sudah diubah oleh pengguna lain").contains("Diteruskan");
        assertThat(blank).contains("Alasan wajib diisi.");
        // the refused form stays open, keeps the chosen code and shows the reason next to the reason field
        assertThat(blank).containsPattern("<details[^>]*open[^>]*>\\s*<summary[^>]*>Batalkan")
                .containsPattern("<option value=\"DUPLICATE\" selected=\"selected\"")
                .containsPattern("id=\"cancel-reason\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void foreignCasePage_isNotFound() throws Exception {
        long id = cases.openCase("32.01", "PEMKAB-32.01", clock.instant());

        int status = mvc.perform(get("/cases/{id}", id).with(as(BAWASLU_BANTEN))).andReturn().getResponse()
                .getStatus();

        assertThat(status).isEqualTo(404);
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getContentAsString();
    }

    private static String number(long id) {
        return "NTR-2024-%06d".formatted(id);
    }
}
