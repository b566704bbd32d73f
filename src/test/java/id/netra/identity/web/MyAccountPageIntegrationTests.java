// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The "Token API" section of the account page: create (the secret shown once), use, revoke after confirming. */
@NetraIntegrationTest
class MyAccountPageIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"new-token-secret\">(netra_[A-Za-z0-9_-]{43})<");
    private static final Pattern REVOKE = Pattern.compile("action=\"(/account/tokens/[0-9a-f-]{36}/revoke)\"");

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void page_showsTheUserAndTheTokenSection_inIndonesianAndEnglish() throws Exception {
        String indonesian = html("/account");
        String english = html("/account?lang=en");

        assertThat(indonesian).contains("<h1>Akun saya</h1>", "Token API", "Buat token baru", "Petugas PPK",
                "90 hari", "href=\"/account\"");
        assertThat(english).contains("<h1>My account</h1>", "API tokens", "New token", "365 days");
        assertThat(mvc.perform(get("/account")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void newToken_isShownOnce_works_andIsRevokedAfterConfirming() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/account/tokens").param("name", "Rekap mingguan")
                .param("expiresInDays", "30").with(TestUsers.PPK_OFFICER.principal()).with(csrf())).andReturn()
                .getResponse();

        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        Matcher secret = SECRET.matcher(created.getContentAsString());
        assertThat(secret.find()).as("the secret is on the page").isTrue();
        String token = secret.group(1);
        assertThat(created.getContentAsString()).contains("Token &quot;Rekap mingguan&quot; dibuat.", "Salin token",
                token.substring(0, 14) + "…");
        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        String later = html("/account");
        assertThat(later).as("never shown again").doesNotContain(token).contains("Rekap mingguan",
                "Cabut token &quot;Rekap mingguan&quot;?");
        Matcher revoke = REVOKE.matcher(later.substring(later.indexOf("Rekap mingguan")));
        assertThat(revoke.find()).isTrue();
        MockHttpServletResponse revoked = mvc.perform(post(revoke.group(1)).with(TestUsers.PPK_OFFICER.principal())
                .with(csrf())).andReturn().getResponse();

        assertThat(revoked.getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void invalidForm_showsItsReasonsAtTheFields() throws Exception {
        String page = mvc.perform(post("/account/tokens").param("name", " ").param("expiresInDays", "999")
                .with(TestUsers.PPK_OFFICER.principal()).with(csrf())).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Isi nama token", "antara 1 dan 365 hari").doesNotContain("new-token-secret");
    }

    @Test
    void administrator_seesAUsersTokens_andRevokesOne_onTheAccountsPage() throws Exception {
        String created = mvc.perform(post("/api/v1/me/tokens").with(TestUsers.BKN_OFFICER.basic())
                .contentType("application/json").content("{\"name\":\"Ekspor BKN\",\"expiresInDays\":7}"))
                .andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(created, "$.secret");
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.token.id");
        var admin = TestUsers.admin("root-admin").principal();

        String page = mvc.perform(get("/admin/users/bkn-officer").with(admin)).andReturn().getResponse()
                .getContentAsString();
        MockHttpServletResponse revoked = mvc.perform(post("/admin/users/bkn-officer/tokens/" + id + "/revoke")
                .with(admin).with(csrf())).andReturn().getResponse();

        assertThat(page).contains("Ekspor BKN", token.substring(0, 14) + "…",
                "action=\"/admin/users/bkn-officer/tokens/" + id + "/revoke\"").doesNotContain(token);
        assertThat(revoked.getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/admin/users/bkn-officer").with(admin).flashAttr("revokedToken", "Ekspor BKN"))
                .andReturn().getResponse().getContentAsString()).contains("Token &quot;Ekspor BKN&quot; dicabut.");
    }

    private String html(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(TestUsers.PPK_OFFICER.principal())).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
