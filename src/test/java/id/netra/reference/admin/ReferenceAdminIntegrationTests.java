// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.Role;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.PageSections;
import id.netra.testing.SignedInAs;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Browsing, filtering, sorting and exporting the reference tables inside the shared page layout; only admins get in,
 * and only admins see the menu entry.
 */
@NetraIntegrationTest
@SignedInAs(Role.ADMIN)
class ReferenceAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    static Stream<String> tableKeys() {
        return AdminTable.ALL.stream().map(AdminTable::key);
    }

    static Stream<String> adminPages() {
        return Stream.of("/admin/reference", "/admin/reference/tables/regions", "/admin/reference/holidays/new",
                "/admin/reference/elections/new", "/admin/reference/agencies/import");
    }

    private static final String REFERENCE_ENTRY = "<a href=\"/admin/reference\"";

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("adminPages")
    void everyAdminPage_rendersInsideTheSharedLayout_withReferenceDataAsTheCurrentEntry(String path) throws Exception {
        String html = page(get(path));

        assertThat(html).contains("class=\"netra-header\"", "/css/netra.css", "htmx.min.js", "class=\"container netra-footer\"",
                "AGPL-3.0-or-later", "Keluar").doesNotContain("reference/admin/parts");
        assertThat(PageSections.menu(html))
                .contains(REFERENCE_ENTRY + " aria-current=\"page\">Data referensi</a>", "Log audit", "Beranda");
    }

    static Stream<String> adminSubpages() {
        return adminPages().filter(path -> !path.equals("/admin/reference"));
    }

    @ParameterizedTest
    @MethodSource("adminSubpages")
    void everyAdminSubpage_leadsBackToTheOverview(String path) throws Exception {
        assertThat(page(get(path))).containsPattern(
                "(?s)<nav aria-label=\"breadcrumb\">\\s*<ul>\\s*<li><a href=\"/admin/reference\">Data referensi</a></li>");
    }

    @Test
    void index_linksEveryChangeForm() throws Exception {
        assertThat(page(get("/admin/reference"))).contains("href=\"/admin/reference/holidays/new\"",
                "href=\"/admin/reference/elections/new\"", "href=\"/admin/reference/agencies/import\"",
                "href=\"/admin/reference/tables/regions\"");
    }

    @Test
    void admin_seesTheReferenceDataEntry_onOtherPagesToo_inBothLanguages() throws Exception {
        assertThat(PageSections.menu(page(get("/")))).contains(REFERENCE_ENTRY + ">Data referensi</a>");
        assertThat(PageSections.menu(page(get("/").param("lang", "en"))))
                .contains(REFERENCE_ENTRY + ">Reference data</a>");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void otherRoles_doNotSeeTheReferenceDataEntry_butSeeTheCalendar(Role role) throws Exception {
        String username = "menu-" + role.name().toLowerCase(Locale.ROOT);
        String menu = PageSections.menu(page(get("/").with(TestUsers.user(username, role).principal())));

        assertThat(menu).doesNotContain("/admin/reference", "Data referensi")
                .contains("<a href=\"/reference/calendar\">Kalender hari kerja</a>");
    }

    @Test
    @WithAnonymousUser
    void anonymous_seesNeitherReferenceEntry() throws Exception {
        assertThat(PageSections.menu(page(get("/")))).doesNotContain("/admin/reference", "/reference/calendar");
    }

    @Test
    void index_listsTheTablesInIndonesian() throws Exception {
        mvc.perform(get("/admin/reference")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bentuk pelanggaran")))
                .andExpect(content().string(containsString("Open Database License")));
    }

    @ParameterizedTest
    @MethodSource("tableKeys")
    void everyTable_renders(String key) throws Exception {
        mvc.perform(get("/admin/reference/tables/" + key)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Unduh CSV")));
    }

    @Test
    void filter_keepsMatchingRowsOnly() throws Exception {
        mvc.perform(get("/admin/reference/tables/regions").param("q", "pandeglang"))
                .andExpect(content().string(containsString("Kabupaten Pandeglang")))
                .andExpect(content().string(not(containsString("Kabupaten Lebak"))))
                .andExpect(content().string(containsString("1 baris")));
    }

    @Test
    void filterByProvinceName_findsTheProvinceAndItsRegencies() throws Exception {
        mvc.perform(get("/admin/reference/tables/regions").param("q", "Banten"))
                .andExpect(content().string(containsString("9 baris")))
                .andExpect(content().string(containsString("Kabupaten Pandeglang")))
                .andExpect(content().string(containsString("Kota Tangerang Selatan")))
                .andExpect(content().string(not(containsString("Jawa Barat"))));
    }

    @Test
    void sortedColumn_isAnnouncedToScreenReaders() throws Exception {
        mvc.perform(get("/admin/reference/tables/regions").param("sort", "name").param("dir", "desc"))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")));
    }

    @Test
    void booleans_areShownInIndonesian() throws Exception {
        mvc.perform(get("/admin/reference/tables/violations").param("q", "DS-8"))
                .andExpect(content().string(containsString("<td>ya</td>")));
    }

    @Test
    void filterWildcards_areLiteral() throws Exception {
        mvc.perform(get("/admin/reference/tables/regions").param("q", "%")).andExpect(status().isOk())
                .andExpect(content().string(containsString("0 baris")));
    }

    @Test
    void sort_descendingByCode_putsPapuaBaratDayaFirst() throws Exception {
        mvc.perform(get("/admin/reference/tables/regions").param("sort", "code").param("dir", "desc"))
                .andExpect(content().string(containsString("Kota Sorong")))
                .andExpect(content().string(not(containsString("Kabupaten Aceh Selatan"))));
    }

    @Test
    void unknownSortColumn_fallsBackToTheDefault() throws Exception {
        mvc.perform(get("/admin/reference/tables/regions").param("sort", "name; drop table reference.region"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kabupaten Aceh Selatan")));
    }

    @Test
    void unknownTable_is404() throws Exception {
        mvc.perform(get("/admin/reference/tables/passwords")).andExpect(status().isNotFound());
    }

    @Test
    void csvExport_containsTheFilteredRows() throws Exception {
        String csv = mvc.perform(get("/admin/reference/tables/violations/export.csv").param("q", "DS-"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("reference-violations.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFsort_order,code,kind");
        org.assertj.core.api.Assertions.assertThat(csv.lines().count()).isEqualTo(1 + 12);
    }

    @Test
    @SignedInAs(Role.ANALYST)
    void nonAdmin_isForbidden() throws Exception {
        mvc.perform(get("/admin/reference")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/reference/tables/holidays/export.csv")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/reference/holidays/new")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/reference/agencies/import")).andExpect(status().isForbidden());
    }

    @Test
    @WithAnonymousUser
    void anonymous_isSentToLogin() throws Exception {
        mvc.perform(get("/admin/reference").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }
}
