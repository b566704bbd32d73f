// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static id.netra.identity.web.AccountApiIntegrationTests.admin;
import static id.netra.identity.web.AccountApiIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.netra.identity.Role;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The {@code /admin/users} pages as plain HTML forms, Bahasa Indonesia first, and the CSV export. */
@NetraIntegrationTest
class AccountPagesIntegrationTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void list_rendersInIndonesianAndEnglish_withTheDemoAccounts() throws Exception {
        String indonesian = html(get("/admin/users"));
        String english = html(get("/admin/users?lang=en"));

        assertThat(indonesian).contains("<h1>Akun pengguna</h1>", "data-username=\"ppk-officer\"", "PEMKAB-36.01",
                "demo (sintetis)", "Unduh CSV", "href=\"/admin/users/new\"");
        assertThat(english).contains("<h1>User accounts</h1>", "Download CSV", "demo (synthetic)");
        assertThat(indonesian).as("menu entry for admins").contains("href=\"/admin/users\"");
    }

    @Test
    void filters_narrowTheList() throws Exception {
        String ppk = html(get("/admin/users").param("role", "PPK_OFFICER").param("region", "36"));

        assertThat(ppk).contains("data-username=\"ppk-officer\"").doesNotContain("data-username=\"analyst\"")
                .doesNotContain("data-username=\"bawaslu-officer\"");
        assertThat(html(get("/admin/users").param("q", "ANALIS"))).contains("data-username=\"analyst\"")
                .doesNotContain("data-username=\"admin\"");
    }

    @Test
    void createWithInvalidFields_showsEachReasonAtItsField() throws Exception {
        String page = html(post("/admin/users").with(csrf()).param("username", "ab").param("displayName", "")
                .param("email", "x@").param("role", "BAWASLU_OFFICER").param("password", "pendek"));

        assertThat(page).contains("Nama pengguna harus 3–40 karakter.", "Isi nama tampilan",
                "Alamat e-mail tidak valid", "Peran Petugas Bawaslu memerlukan wilayah",
                "Kata sandi harus 12–128 karakter.");
    }

    @Test
    void agencyAndRegion_arePickedByName_andShownByNameWhenEdited() throws Exception {
        String name = unique();
        MockHttpServletResponse created = mvc.perform(post("/admin/users").with(csrf()).with(admin())
                .param("username", name).param("displayName", "Petugas Pandeglang")
                .param("email", name + "@example.org").param("role", "PPK_OFFICER")
                .param("agencyCode", "Pemerintah Kabupaten Pandeglang").param("regionCode", "kabupaten pandeglang")
                .param("generatePassword", "true")).andReturn().getResponse();

        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users/" + name);
        String edit = html(get("/admin/users/" + name));
        assertThat(edit).contains("value=\"Pemerintah Kabupaten Pandeglang\"", "value=\"Kabupaten Pandeglang\"",
                "data-picker=\"agency\"", "data-picker=\"region\"").doesNotContain("value=\"PEMKAB-36.01\"");
        assertThat(html(get("/admin/users").param("q", name))).contains("title=\"PEMKAB-36.01\"");
    }

    @Test
    void agencyOrRegionThatNamesNothingOrSeveral_isExplainedAtItsField_andTheTypedTextStays() throws Exception {
        String page = html(post("/admin/users").with(csrf()).param("username", unique())
                .param("displayName", "Siti").param("email", "bukan-email").param("role", "PPK_OFFICER")
                .param("agencyCode", "Instansi Khayalan").param("regionCode", "Bogor")
                .param("generatePassword", "true"));

        assertThat(page).contains("Tidak ada instansi yang cocok dengan &quot;Instansi Khayalan&quot;",
                "&quot;Bogor&quot; cocok dengan", "Kabupaten Bogor", "Kota Bogor",
                "value=\"Instansi Khayalan\"", "value=\"Bogor\"", "Alamat e-mail tidak valid")
                .doesNotContain("Peran Petugas PPK memerlukan instansi", "PPK_OFFICER memerlukan");
    }

    @Test
    void createWithGeneratedPassword_showsItOnceOnTheAccountPage() throws Exception {
        String name = unique();
        MockHttpServletResponse created = mvc.perform(post("/admin/users").with(csrf()).with(admin())
                .param("username", name).param("displayName", "Siti Aminah").param("email", name + "@example.org")
                .param("role", "SUPERVISOR").param("regionCode", "36").param("generatePassword", "true"))
                .andReturn().getResponse();

        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users/" + name);
        Object generated = mvc.perform(post("/admin/users").with(csrf()).with(admin())
                .param("username", name).param("displayName", "x").param("email", "x@example.org")
                .param("role", "ANALYST").param("password", "long enough password")).andReturn().getResponse()
                .getContentAsString();
        assertThat((String) generated).contains("Nama pengguna itu sudah dipakai.");
        String again = html(get("/admin/users/" + name));
        assertThat(again).contains("Siti Aminah").doesNotContain("id=\"generated-password\"");
    }

    @Test
    void editWithStaleVersion_explainsTheConflict() throws Exception {
        String name = createThroughPage();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(html(get("/admin/users/" + name)));
        assertThat(version.find()).as("the form carries the version").isTrue();

        MockHttpServletResponse first = edit(name, "Nama Pertama", version.group(1));
        String second = edit(name, "Nama Kedua", version.group(1)).getContentAsString();

        assertThat(first.getRedirectedUrl()).isEqualTo("/admin/users/" + name);
        assertThat(second).contains("Akun ini telah diubah orang lain sejak Anda membukanya.");
        assertThat(html(get("/admin/users/" + name))).contains("Nama Pertama").doesNotContain("Nama Kedua");
    }

    @Test
    void deactivateAndReactivate_throughTheForms() throws Exception {
        String name = createThroughPage();

        mvc.perform(post("/admin/users/" + name + "/deactivate").with(csrf()).with(admin()));
        assertThat(html(get("/admin/users/" + name))).contains("Dinonaktifkan oleh root-admin", "Aktifkan kembali");
        mvc.perform(post("/admin/users/" + name + "/reactivate").with(csrf()).with(admin()));

        assertThat(html(get("/admin/users/" + name))).contains("Nonaktifkan akun").doesNotContain("Dinonaktifkan oleh");
    }

    @Test
    void csvExport_defusesADisplayNameThatLooksLikeAFormula() throws Exception {
        String name = unique();
        mvc.perform(post("/admin/users").with(csrf()).with(admin()).param("username", name)
                .param("displayName", "=HYPERLINK(\"http://evil\")").param("email", name + "@example.org")
                .param("role", "ANALYST").param("generatePassword", "true"));

        MockHttpServletResponse csv = mvc.perform(get("/admin/users.csv").param("q", name).with(admin()))
                .andReturn().getResponse();
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(text).startsWith("\uFEFFusername,display_name");
        assertThat(text).contains(name + ",\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(text.lines()).hasSize(2);
    }

    @Test
    void nonAdminRoles_getForbiddenOnThePages() throws Exception {
        for (String role : List.of("BAWASLU_OFFICER", "SATGAS_VERIFIER", "BKN_OFFICER", "PPK_OFFICER", "SUPERVISOR",
                "ANALYST")) {
            RequestPostProcessor someone = TestUsers.user("someone", Role.valueOf(role)).principal();
            assertThat(mvc.perform(get("/admin/users").with(someone)).andReturn().getResponse()
                    .getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(get("/admin/users.csv").with(someone)).andReturn()
                    .getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(post("/admin/users/admin/deactivate").with(csrf()).with(someone))
                    .andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
        }
    }

    private String createThroughPage() throws Exception {
        String name = unique();
        MockHttpServletResponse response = mvc.perform(post("/admin/users").with(csrf()).with(admin())
                .param("username", name).param("displayName", "Budi").param("email", name + "@example.org")
                .param("role", "ANALYST").param("password", "long enough password")).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users/" + name);
        return name;
    }

    private MockHttpServletResponse edit(String name, String displayName, String version) throws Exception {
        return mvc.perform(post("/admin/users/" + name).with(csrf()).with(admin()).param("displayName", displayName)
                .param("email", name + "@example.org").param("role", "ANALYST").param("version", version))
                .andReturn().getResponse();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(admin())).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
        return response.getContentAsString();
    }
}
