// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.RecordingAuditTrail;
import id.netra.identity.CurrentUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrators' page: works as plain HTML forms (no JavaScript needed), Bahasa Indonesia first. */
@CasesIntegrationTest
class DeadlinePolicyPageIntegrationTests {

    private static final String PAGE = "/admin/deadline-policy";

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordingAuditTrail audit;

    @Test
    void page_marksTheVersionInForceAndPrefillsTheFormFromIt() throws Exception {
        clock.setDay(LocalDate.of(2024, 6, 3));

        String html = page(PAGE, ADMIN);

        assertThat(html).contains("<h1>Kebijakan batas waktu</h1>");
        // in the KASN era, the Pilkada version (2) and the Pemilu version (3) are in force for their elections
        assertThat(article(html, 2)).contains("data-status=\"IN_FORCE\"", "<mark>Berlaku saat ini</mark>",
                "Pilkada (UU 10/2016)", "Tindak lanjut PPK", "14</span> <span>hari kerja", "1 Januari 2019",
                "UU 10/2016 Pasal 134", "Batas waktu menurut peraturan perundang-undangan",
                "Nilai bawaan Netra yang dapat diubah, bukan ketentuan peraturan");
        assertThat(article(html, 3)).contains("data-status=\"IN_FORCE\"", "Pemilu (UU 7/2017)", "UU 7/2017 Pasal 454");
        assertThat(article(html, 1)).as("every election's fallback, superseded for both types")
                .contains("data-status=\"SUPERSEDED\"");
        assertThat(html).contains("name=\"stages[2].amount\" value=\"14\"", "name=\"stages[2].stage\" value=\"PPK_FOLLOW_UP\"",
                "Paling cepat 2024-06-04, kecuali");
        assertThat(article(html, 2)).as("a version in force offers no withdrawal").doesNotContain("/withdraw");
        assertThat(page(PAGE + "?lang=en", ADMIN)).contains("<mark>In force</mark>", "PPK follow-up");
    }

    @Test
    void addingThroughTheForm_redirectsAndListsTheFutureVersionWithAWithdrawForm() throws Exception {
        clock.setDay(LocalDate.of(2071, 1, 10));

        MockHttpServletResponse response = mvc.perform(form(post(PAGE), ADMIN, "2071-04-01",
                Map.of("stages[2].amount", "9"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(PAGE);
        int version = jdbc.sql("select version from cases.deadline_policy where valid_from = date '2071-04-01' "
                + "and stage = 'PPK_FOLLOW_UP'").query(Integer.class).single();
        assertThat(jdbc.sql("select amount from cases.deadline_policy where version = :v and stage = 'PPK_FOLLOW_UP'")
                .param("v", version).query(Integer.class).single()).isEqualTo(9);
        String html = page(PAGE, ADMIN);
        assertThat(article(html, version)).contains("data-status=\"FUTURE\"", "Akan berlaku",
                "action=\"/admin/deadline-policy/" + version + "/withdraw\"");
    }

    @Test
    void invalidForm_showsEachProblemAtItsFieldInIndonesian() throws Exception {
        clock.setDay(LocalDate.of(2072, 1, 10));

        String html = mvc.perform(form(post(PAGE), ADMIN, "2072-01-10",
                Map.of("stages[0].amount", "0", "stages[1].source", "", "stages[3].amount", "tiga"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("Tanggal mulai berlaku harus setelah hari ini (2072-01-10)",
                "Jumlah hari harus antara 1 dan 365.", "Dasar hukum atau sumber angka wajib diisi.",
                "Jumlah hari harus berupa bilangan bulat.", "aria-invalid=\"true\"");
        assertThat(jdbc.sql("select count(*) from cases.deadline_policy where valid_from = date '2072-01-10'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void withdrawingThroughTheForm_needsAReasonAndIsAudited() throws Exception {
        clock.setDay(LocalDate.of(2073, 1, 10));
        mvc.perform(form(post(PAGE), ADMIN, "2073-02-01", Map.of()));
        int version = jdbc.sql("select version from cases.deadline_policy where valid_from = date '2073-02-01' "
                + "and withdrawn_at is null and stage = 'PPK_FOLLOW_UP'").query(Integer.class).single();

        String blank = mvc.perform(post(PAGE + "/{v}/withdraw", version).param("reason", " ").with(as(ADMIN))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        MockHttpServletResponse done = mvc.perform(post(PAGE + "/{v}/withdraw", version)
                .param("reason", "Digantikan surat edaran baru").with(as(ADMIN)).with(csrf())).andReturn()
                .getResponse();

        assertThat(blank).contains("Alasan penarikan wajib diisi.");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(article(page(PAGE, ADMIN), version)).contains("data-status=\"WITHDRAWN\"",
                "Ditarik oleh admin", "Digantikan surat edaran baru").doesNotContain("/withdraw");
        assertThat(audit.eventsAbout("deadline-policy", String.valueOf(version)))
                .extracting(e -> e.action()).containsExactly("deadline-policy.added", "deadline-policy.withdrawn");
    }

    @Test
    void withdrawingTheVersionInForceThroughTheForm_showsWhyNot() throws Exception {
        clock.setDay(LocalDate.of(2024, 6, 3));

        String html = mvc.perform(post(PAGE + "/1/withdraw").param("reason", "coba").with(as(ADMIN)).with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Versi 1 sudah berlaku sejak 2019-01-01 dan tidak dapat ditarik");
    }

    @Test
    void nonAdministrators_areRefusedThePageAndItsForms() throws Exception {
        clock.setDay(LocalDate.of(2074, 1, 10));
        for (CurrentUser user : List.of(BAWASLU_BANTEN, SATGAS, BKN, PPK_PANDEGLANG, SUPERVISOR_BANTEN, ANALYST)) {
            assertThat(mvc.perform(get(PAGE).with(as(user))).andReturn().getResponse().getStatus())
                    .as(user.username()).isEqualTo(403);
            assertThat(mvc.perform(form(post(PAGE), user, "2074-02-01", Map.of())).andReturn().getResponse().getStatus())
                    .as(user.username()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from cases.deadline_policy where valid_from = date '2074-02-01'")
                .query(Integer.class).single()).isZero();
        assertThat(page("/", BKN)).doesNotContain("href=\"" + PAGE + "\"");
        assertThat(page("/", ADMIN)).contains("href=\"" + PAGE + "\"");
    }

    /** The form as the page sends it: all four stages with the seeded figures, except {@code changed} ones. */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, CurrentUser user,
            String validFrom, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("validFrom", validFrom);
        String[][] stages = {{"BAWASLU_REVIEW", "3", "WORKING_DAYS", "Perbawaslu uji"},
                {"SATGAS_VERIFICATION", "7", "CALENDAR_DAYS", "SE BKN uji"},
                {"PPK_FOLLOW_UP", "14", "WORKING_DAYS", "Keputusan uji"},
                {"REPRIMAND_COMPLIANCE", "3", "CALENDAR_DAYS", "PP 12/2017"}};
        for (int i = 0; i < stages.length; i++) {
            fields.put("stages[" + i + "].stage", stages[i][0]);
            fields.put("stages[" + i + "].amount", stages[i][1]);
            fields.put("stages[" + i + "].unit", stages[i][2]);
            fields.put("stages[" + i + "].source", stages[i][3]);
        }
        fields.putAll(changed);
        request.with(as(user)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private String page(String path, CurrentUser user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The article of one version, so assertions cannot match another version's text. */
    private static String article(String html, int version) {
        int start = html.indexOf("<article id=\"version-" + version + "\"");
        assertThat(start).as("version " + version + " listed").isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }
}
