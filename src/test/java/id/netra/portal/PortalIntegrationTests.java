// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import static id.netra.testing.TestUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

/** The UI shell: form login, the signed-in user in the header, the menu and the two languages. */
@NetraIntegrationTest
class PortalIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void formLogin_withDemoPassword_leadsHomeShowingTheUser() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("admin").password(TestUsers.demoPassword()))
                .andExpect(authenticated().withUsername("admin"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        String home = page(get("/").session(session));

        assertThat(home).contains("Demo · Administrator Netra", "Keluar", "Administrator")
                .doesNotContain(">Masuk</a>");
    }

    @Test
    void formLogin_withWrongPassword_returnsToTheLoginPageWithAnError() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        assertThat(page(get("/login").param("error", ""))).contains("Nama pengguna atau kata sandi salah");
    }

    @Test
    void formLogin_withoutCsrfToken_isRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", TestUsers.demoPassword()))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void signOut_endsTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("analyst")
                .password(TestUsers.demoPassword())).andReturn().getRequest().getSession(false);

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(page(get("/"))).contains(">Masuk</a>").doesNotContain("Demo · Analis Data");
    }

    @Test
    void homePage_anonymous_explainsNetraInIndonesianAndOffersSignIn() throws Exception {
        String home = page(get("/"));

        assertThat(home).contains("netralitas ASN", "Bawaslu", "BKN", "PPK", "Apa itu Netra?", "Untuk siapa?",
                "href=\"/login\"", "href=\"/swagger-ui.html\"", "pico.min.css", "htmx.min.js")
                .doesNotContain("Keluar");
    }

    @Test
    void homePage_inEnglish_whenAskedWithLangParameterAndRemembered() throws Exception {
        MvcResult english = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn();
        assertThat(english.getResponse().getContentAsString()).contains("What is Netra?", "Who is it for?",
                "Sign in").doesNotContain("Apa itu Netra?");

        Cookie remembered = english.getResponse().getCookie("NETRA_LANG");
        assertThat(remembered).isNotNull();
        assertThat(page(get("/").cookie(remembered))).contains("What is Netra?");
        assertThat(page(get("/").param("lang", "id"))).contains("Apa itu Netra?");
    }

    @Test
    void loginPage_listsTheDemoAccounts() throws Exception {
        assertThat(page(get("/login")))
                .contains("bawaslu-officer", "ppk-officer", "PEMKAB-36.01", TestUsers.demoPassword(),
                "data sintetis");
    }

    @Test
    void forbiddenPage_isExplainedInTheSharedLayout() {
        // through the real container, which forwards to the error page as MockMvc does not
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).get().uri("/admin/audit")
                .accept(MediaType.TEXT_HTML)
                .headers(headers -> headers.setBasicAuth("analyst", TestUsers.demoPassword()))
                .exchange((request, reply) -> ResponseEntity.status(reply.getStatusCode())
                        .body(reply.bodyTo(String.class)));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody()).contains("Peran Anda tidak mengizinkan", "pico.min.css", "href=\"/\"")
                .doesNotContain("jsessionid");
    }

    @Test
    void nestedMenuEntries_onlyTheMostSpecificIsCurrent() throws Exception {
        String html = page(get("/cases/compliance").with(SUPERVISOR.basic()));

        assertThat(html).contains("<a href=\"/cases/compliance\" aria-current=\"page\">")
                .contains("<a href=\"/cases\">");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
