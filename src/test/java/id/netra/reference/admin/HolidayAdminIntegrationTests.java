// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.Role;
import id.netra.reference.WorkingDayCalendar;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.SignedInAs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Admins add and revoke holidays through the form; the working-day calendar follows at once. */
@NetraIntegrationTest
@SignedInAs(Role.ADMIN)
class HolidayAdminIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcClient jdbc;

    private static MockHttpServletRequestBuilder addHoliday(LocalDate date, String type, String decree) {
        return post("/admin/reference/holidays").with(csrf()).param("date", date.toString())
                .param("name", "Hari Pemungutan Suara Uji").param("nameEn", "Test voting day").param("type", type)
                .param("decree", decree).param("electionDay", "true");
    }

    @Test
    void addedHoliday_isNoLongerAWorkingDay_untilRevoked() throws Exception {
        LocalDate wednesday = LocalDate.of(2031, 3, 5);
        assertThat(calendar.isWorkingDay(wednesday)).isTrue();

        mvc.perform(addHoliday(wednesday, "LIBUR_NASIONAL", "Keppres 1/2031"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/reference/holidays/new"));
        assertThat(calendar.isWorkingDay(wednesday)).isFalse();
        assertThat(calendar.addWorkingDays(wednesday.minusDays(1), 1)).isEqualTo(wednesday.plusDays(1));
        assertThat(jdbc.sql("select created_by || ' ' || decree from reference.holiday where holiday_date = :d")
                .param("d", wednesday).query(String.class).single()).isEqualTo("admin Keppres 1/2031");

        mvc.perform(post("/admin/reference/holidays/revoke").with(csrf()).param("date", wednesday.toString())
                .param("decree", "Keppres 2/2031")).andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(wednesday)).isTrue();
    }

    @Test
    void missingDecreeAndType_areReportedInIndonesian() throws Exception {
        mvc.perform(post("/admin/reference/holidays").with(csrf()).param("date", "2031-04-02").param("name", "Uji"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sebutkan keputusan yang menetapkannya.")))
                .andExpect(content().string(containsString("Pilih jenis: libur nasional atau cuti bersama.")))
                // Pico marks the fields; the re-rendered form stays inside the shared layout
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("class=\"container netra-menu\"")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 2))).isTrue();
    }

    @Test
    void existingHoliday_cannotBeAddedTwice() throws Exception {
        mvc.perform(addHoliday(LocalDate.of(2024, 2, 14), "LIBUR_NASIONAL", "Keppres 10/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal 2024-02-14 sudah tercatat sebagai hari libur")));
    }

    @Test
    void votingDayAsCutiBersama_isRejected() throws Exception {
        mvc.perform(addHoliday(LocalDate.of(2031, 4, 9), "CUTI_BERSAMA", "SKB 2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bukan cuti bersama")));
    }

    @Test
    void revokingADayWithoutHoliday_isExplained() throws Exception {
        mvc.perform(post("/admin/reference/holidays/revoke").with(csrf()).param("date", "2031-04-16")
                .param("decree", "SKB 2031")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada hari libur aktif pada tanggal 2031-04-16.")));
    }

    @Test
    void badDate_isAFormError_notAServerError() throws Exception {
        mvc.perform(post("/admin/reference/holidays").with(csrf()).param("date", "31-04-2031").param("name", "x")
                .param("type", "LIBUR_NASIONAL").param("decree", "x")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal tidak sah: gunakan format YYYY-MM-DD.")));
    }

    @Test
    @SignedInAs(value = Role.PPK_OFFICER, username = "ppk")
    void nonAdmin_cannotAddHolidays() throws Exception {
        mvc.perform(addHoliday(LocalDate.of(2031, 4, 23), "LIBUR_NASIONAL", "Keppres 3/2031"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 23))).isTrue();
    }
}
