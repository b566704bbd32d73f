// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The attacks of issue 8 finding 4: a page on another site makes a browser that holds Basic credentials for Netra
 * submit a form that deactivates an account, or a multipart import. Both are refused before anything changes; Netra's
 * own pages and header-less API clients keep working, and browsers are never sent a Basic challenge.
 */
@NetraIntegrationTest
class CrossSiteApiIntegrationTests {

    static final String EVIL = "https://pemilu-hadiah.example";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void crossSiteFormDeactivatingAnAccount_isRefusedAndChangesNothing() throws Exception {
        String target = newAccount();

        mvc.perform(crossSite(post("/api/v1/admin/users/" + target + "/deactivate"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("confirm=1")
                        .with(TestUsers.ADMIN.basic()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("dari situs lain ditolak")));

        assertThat(active(target)).isTrue();
    }

    @Test
    void crossSiteMultipartImport_isRefusedAndStoresNothing() throws Exception {
        long jobs = count("intake.import_job");
        long reports = count("intake.report");
        String id = "XS" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "external_id;election_code;region_code;occurred_on;violation_code;place;description;person_name;"
                + "person_nip;agency_name;position_class\n" + id + ";PILKADA-2024;36.01;2024-10-01;DS-2;Balai desa;"
                + "Laporan palsu yang dikirim dari situs lain.;Ahmad Palsu;;Pemerintah Kabupaten Pandeglang;PELAKSANA\n";

        mvc.perform(crossSite(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "palsu.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .param("source", "SP4N_LAPOR"))
                        .with(TestUsers.SATGAS_VERIFIER.basic()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("situs lain")));

        assertThat(count("intake.import_job")).isEqualTo(jobs);
        assertThat(count("intake.report")).isEqualTo(reports);
    }

    @Test
    void foreignOriginWithoutFetchMetadata_isRefusedToo() throws Exception {
        String target = newAccount();

        mvc.perform(post("/api/v1/admin/users/" + target + "/deactivate").header(HttpHeaders.ORIGIN, EVIL)
                        .with(TestUsers.ADMIN.basic()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/" + target + "/deactivate").header("Sec-Fetch-Site", "same-site")
                        .with(TestUsers.ADMIN.basic()))
                .andExpect(status().isForbidden());

        assertThat(active(target)).isTrue();
    }

    @Test
    void sameOriginPage_stillChangesState() throws Exception {
        String target = newAccount();

        mvc.perform(post("/api/v1/admin/users/" + target + "/deactivate").header("Sec-Fetch-Site", "same-origin")
                        .header(HttpHeaders.ORIGIN, "http://localhost").with(TestUsers.ADMIN.basic()))
                .andExpect(status().isOk());

        assertThat(active(target)).isFalse();
    }

    @Test
    void apiClientWithoutBrowserHeaders_stillChangesState() throws Exception {
        String target = newAccount();

        mvc.perform(post("/api/v1/admin/users/" + target + "/deactivate").with(TestUsers.ADMIN.basic()))
                .andExpect(status().isOk());

        assertThat(active(target)).isFalse();
    }

    @Test
    void safeMethodsFromAnotherSite_pass() throws Exception {
        mvc.perform(crossSite(get("/api/v1/me")).with(TestUsers.ANALYST.basic()))
                .andExpect(status().isOk());
    }

    @Test
    void unauthenticatedBrowser_getsProblemJsonWithoutBasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/me").header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Site", "none")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
        mvc.perform(get("/api/v1/me").header("Sec-Fetch-Mode", "cors").with(TestUsers.ANALYST.basic("salah")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
        mvc.perform(get("/admin/audit/export").header("Sec-Fetch-Mode", "navigate")
                        .with(TestUsers.ADMIN.basic("salah")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void unauthenticatedScript_stillGetsTheBasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, Matchers.startsWith("Basic ")));
    }

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B crossSite(B request) {
        return request.header(HttpHeaders.ORIGIN, EVIL).header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document");
    }

    private String newAccount() throws Exception {
        String name = "xs-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/admin/users").with(TestUsers.ADMIN.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AccountApiIntegrationTests.create(name, "ANALYST", null, null, null, true)))
                .andExpect(status().isCreated());
        return name;
    }

    private boolean active(String username) {
        return jdbc.sql("select enabled from identity.user_account where username = ?").param(username)
                .query(Boolean.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
