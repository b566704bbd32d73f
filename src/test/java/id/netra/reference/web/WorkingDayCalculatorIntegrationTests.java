// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.Role;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.PageSections;
import id.netra.testing.SignedInAs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The working-day calculator page: any signed-in user, answers in Indonesian, bad input is a form error. */
@NetraIntegrationTest
@SignedInAs(value = Role.PPK_OFFICER, username = "ppk-calculator")
class WorkingDayCalculatorIntegrationTests {

    @Autowired
    MockMvc mvc;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder calculate(String from, String days, String to) {
        return get("/reference/calendar").param("from", from).param("days", days).param("to", to);
    }

    @Test
    void blankForm_rendersInTheLayout_withTheCalendarAsCurrentEntry_andNoErrors() throws Exception {
        String html = page(get("/reference/calendar"));

        assertThat(PageSections.menu(html))
                .contains("<a href=\"/reference/calendar\" aria-current=\"page\">Kalender hari kerja</a>")
                .doesNotContain("/admin/reference");
        assertThat(html).contains("name=\"from\"", "name=\"days\"", "name=\"to\"", "hx-get=\"/reference/calendar\"")
                .doesNotContain("aria-invalid", "id=\"answer\"", "netra-error");
    }

    @Test
    void oneWorkingDayAfterTheLastFridayOf2023_isTuesdayTheSecondOfJanuary() throws Exception {
        String html = page(calculate("2023-12-29", "1", ""));

        assertThat(html).contains("1 hari kerja setelah Jumat, 29 Desember 2023", "datetime=\"2024-01-02\"",
                "Selasa, 2 Januari 2024", "Tahun Baru 2024 Masehi").doesNotContain("aria-invalid");
    }

    @Test
    void oneWorkingDayBeforeIndependenceDay2023_skipsTheHoliday() throws Exception {
        assertThat(page(calculate("2023-08-16", "1", ""))).contains("datetime=\"2023-08-18\"",
                "Hari Kemerdekaan Republik Indonesia");
    }

    @Test
    void workingDaysBetween_skipWeekendAndNewYear() throws Exception {
        String html = page(calculate("2023-12-29", "", "2024-01-05"));

        assertThat(html).contains("Hari kerja antara Jumat, 29 Desember 2023 dan Jumat, 5 Januari 2024",
                "<strong id=\"working-days\">4 hari kerja</strong>").doesNotContain("id=\"result-date\"");
    }

    @Test
    void bothQuestions_areAnsweredTogether_acrossEidAndItsCollectiveLeave() throws Exception {
        assertThat(page(calculate("2024-04-05", "3", "2024-04-30")))
                .contains("datetime=\"2024-04-18\"", "<strong id=\"working-days\">11 hari kerja</strong>",
                        "Cuti Bersama Hari Raya Idul Fitri 1445 H", "(Cuti bersama)", "(Libur nasional)");
    }

    @ParameterizedTest(name = "from={0} days={1} to={2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2023-02-30 | 1    |            | Tanggal tidak sah: gunakan format YYYY-MM-DD.
            29-12-2023 | 1    |            | Tanggal tidak sah: gunakan format YYYY-MM-DD.
                       | 1    |            | Tanggal awal wajib diisi.
            2023-12-29 | 0    |            | Jumlah hari kerja harus bilangan bulat dari 1 sampai 3660.
            2023-12-29 | 3661 |            | Jumlah hari kerja harus bilangan bulat dari 1 sampai 3660.
            2023-12-29 | dua  |            | Jumlah hari kerja harus bilangan bulat dari 1 sampai 3660.
            2023-12-29 | 1.5  |            | Jumlah hari kerja harus bilangan bulat dari 1 sampai 3660.
            2023-12-29 |      |            | Isi jumlah hari kerja, tanggal akhir, atau keduanya.
            2023-12-29 |      | 2023-12-01 | Tanggal akhir harus setelah tanggal awal.
            1901-01-01 |      | 2999-12-31 | Rentang tanggal terlalu panjang: paling lama 36.600 hari.
            +999999999-12-31 | 1 |         | Tanggal harus antara tahun 1900 dan 2999.
            2023-12-29 |      | 3000-01-01 | Tanggal harus antara tahun 1900 dan 2999.
            """)
    void invalidInput_isExplainedInIndonesianNextToTheForm(String from, String days, String to, String message)
            throws Exception {
        String html = page(calculate(from == null ? "" : from, days == null ? "" : days, to == null ? "" : to));

        assertThat(html).contains(message).doesNotContain("id=\"answer\"");
        assertThat(PageSections.menu(html)).contains("Kalender hari kerja");
    }

    @Test
    void invalidField_isMarkedForPico_andTheValidOnesKeepTheirValues() throws Exception {
        assertThat(page(calculate("2023-12-29", "dua", ""))).containsOnlyOnce("aria-invalid=\"true\"")
                .contains("value=\"2023-12-29\"");
    }

    @Test
    void english_answersAndErrorsInEnglish() throws Exception {
        assertThat(page(calculate("2023-12-29", "1", "").param("lang", "en")))
                .contains("1 working day after Friday, 29 December 2023", "Tuesday, 2 January 2024");
        assertThat(page(calculate("2023-12-29", "2", "").param("lang", "en"))).contains("2 working days after");
        assertThat(page(calculate("", "1", "").param("lang", "en"))).contains("The start date is required.");
    }

    @Test
    void datesOutsideTheHolidayTable_comeWithAWarning() throws Exception {
        assertThat(page(calculate("2010-01-04", "5", ""))).contains("Kalender hari libur Netra mencakup 1 Januari 2019");
        assertThat(page(calculate("2040-01-02", "5", ""))).contains("Kalender hari libur Netra mencakup");
        assertThat(page(calculate("2024-03-01", "5", ""))).doesNotContain("Kalender hari libur Netra mencakup");
    }

    @Test
    void htmxRequest_getsOnlyTheCalculatorSection_butHistoryRestoreGetsTheWholePage() throws Exception {
        String fragment = mvc.perform(calculate("2023-12-29", "1", "").header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().stringValues("Vary", hasItem("HX-Request")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<section id=\"calculator\"").contains("datetime=\"2024-01-02\"")
                .doesNotContain("netra-menu", "<html");

        String restored = page(calculate("2023-12-29", "1", "").header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true"));
        assertThat(restored).contains("<html", "netra-menu", "datetime=\"2024-01-02\"");
    }

    @Test
    @WithAnonymousUser
    void anonymous_isSentToTheLoginPage() throws Exception {
        mvc.perform(calculate("2023-12-29", "1", "").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
