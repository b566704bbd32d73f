// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers.TestUser;
import id.netra.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 11's pages for officers, with the demo users: error pages for browsers and problem+json for the API, the
 * name search behind the pickers, the start page, the outgoing mail page and the OpenAPI title.
 */
@NetraIntegrationTest
class OfficerPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aCaseOutsideTheScope_isAnHtmlPageForABrowser_andProblemJsonForTheApi() throws Exception {
        MockHttpServletResponse page = send(get("/cases/987654321").accept(MediaType.TEXT_HTML), TestUsers.PPK_OFFICER);
        MockHttpServletResponse api = send(get("/api/v1/cases/987654321").accept(MediaType.APPLICATION_JSON),
                TestUsers.PPK_OFFICER);

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("Halaman tidak ditemukan", "href=\"/\"")
                .doesNotContain("\"status\"", "problem");
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownPath_leaksNoFrameworkText() throws Exception {
        MockHttpServletResponse page = send(get("/tidak-ada/sama-sekali").accept(MediaType.TEXT_HTML), TestUsers.ADMIN);

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentAsString()).contains("Halaman tidak ditemukan")
                .doesNotContain("No static resource", "Whitelabel", "NoResourceFoundException");
    }

    @Test
    void nameSearch_findsPandeglangFromItsFirstLetters() throws Exception {
        MockHttpServletResponse regions = send(get("/reference/search").param("kind", "region").param("q", "Pandeg"),
                TestUsers.BAWASLU_OFFICER);
        MockHttpServletResponse agencies = send(get("/api/v1/reference/search").param("kind", "agency")
                .param("q", "pandeglang"), TestUsers.BAWASLU_OFFICER);
        MockHttpServletResponse wrongKind = send(get("/api/v1/reference/search").param("kind", "planet")
                .param("q", "x"), TestUsers.BAWASLU_OFFICER);

        assertThat(regions.getStatus()).isEqualTo(200);
        assertThat(regions.getContentAsString()).contains("\"code\":\"36.01\"", "\"name\":\"Kabupaten Pandeglang\"");
        assertThat(agencies.getContentAsString()).contains("\"code\":\"PEMKAB-36.01\"");
        assertThat(wrongKind.getStatus()).isEqualTo(400);
    }

    @Test
    void startPage_showsTheUsersWorkWithCounts() throws Exception {
        String start = send(get("/mulai"), TestUsers.PPK_OFFICER).getContentAsString();
        String home = send(get("/"), TestUsers.PPK_OFFICER).getContentAsString();

        assertThat(start).contains("Pekerjaan saya", "Tugas saya", "Segera jatuh tempo", "Terlambat", "Baru berubah");
        assertThat(home).contains("hx-get=\"/mulai/ringkasan\"");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .doesNotContain("/mulai/ringkasan");
    }

    @Test
    void outgoingMail_isForAdministrators() throws Exception {
        MockHttpServletResponse admin = send(get("/admin/mail"), TestUsers.ADMIN);
        MockHttpServletResponse officer = send(get("/admin/mail"), TestUsers.BAWASLU_OFFICER);

        assertThat(admin.getStatus()).isEqualTo(200);
        assertThat(admin.getContentAsString()).contains("Surat elektronik keluar");
        assertThat(officer.getStatus()).isEqualTo(403);
    }

    @Test
    void openApi_hasARealTitleAndModuleTags() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(docs).contains("\"title\":\"Netra API\"", "\"version\":\"0.1.0\"", "Perkara", "Laporan masyarakat")
                .doesNotContain("case-api-controller");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, TestUser user) throws Exception {
        return mvc.perform(request.with(user.basic())).andReturn().getResponse();
    }
}
