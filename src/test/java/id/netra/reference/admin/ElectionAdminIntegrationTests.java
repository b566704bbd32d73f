// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.Role;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.ElectionPhaseKind;
import id.netra.reference.ElectionSchedule;
import id.netra.reference.Participation;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.SignedInAs;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Admins add future elections with phases; the directory and schedule see them at once. */
@NetraIntegrationTest
@SignedInAs(Role.ADMIN)
class ElectionAdminIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ElectionDirectory elections;
    @Autowired ElectionSchedule schedule;
    @Autowired Clock clock;

    /** An election voting on 14 Feb some years ahead, phased like Pemilu 2024. */
    private MockHttpServletRequestBuilder election(String code, int yearsAhead) {
        int year = LocalDate.now(clock).getYear() + yearsAhead;
        return post("/admin/reference/elections").with(csrf()).param("code", code).param("type", "PEMILU")
                .param("name", "Pemilihan Umum Uji " + year).param("votingDay", year + "-02-14")
                .param("campaignStart", (year - 1) + "-11-28").param("campaignEnd", year + "-02-10")
                .param("quietStart", year + "-02-11").param("quietEnd", year + "-02-13")
                .param("recapStart", year + "-02-15").param("recapEnd", year + "-03-20").param("allRegions", "true");
    }

    @Test
    void futureElection_isSavedWithPhasesAndParticipants() throws Exception {
        int year = LocalDate.now(clock).getYear() + 3;
        String code = "PEMILU-" + year + "-UJI";
        mvc.perform(election(code, 3)).andExpect(status().is3xxRedirection());
        assertThat(elections.find(code)).isPresent();
        assertThat(schedule.phaseOn(code, LocalDate.of(year, 1, 5))).contains(ElectionPhaseKind.CAMPAIGN);
        assertThat(schedule.phaseOn(code, LocalDate.of(year - 1, 6, 1))).contains(ElectionPhaseKind.PRE_CAMPAIGN);
        assertThat(schedule.participation(code, "36.01")).isEqualTo(Participation.PARTICIPATES);

        mvc.perform(election(code, 3)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode ini sudah dipakai pemilihan lain.")));
    }

    @Test
    void pastElection_isRejectedInIndonesian() throws Exception {
        mvc.perform(election("PEMILU-" + (LocalDate.now(clock).getYear() - 1) + "-UJI", -1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hari pemungutan suara harus setelah hari ini")));
        assertThat(elections.find("PEMILU-" + (LocalDate.now(clock).getYear() - 1) + "-UJI")).isEmpty();
    }

    @Test
    void missingDatesAndWrongCode_areListed() throws Exception {
        mvc.perform(post("/admin/reference/elections").with(csrf()).param("code", "PILPRES").param("type", "PEMILU")
                .param("name", "Uji")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal wajib diisi.")));
        mvc.perform(election("PILKADA-" + (LocalDate.now(clock).getYear() + 4), 4)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Awal kode harus sama dengan jenis pemilihan.")));
    }

    @Test
    void form_rendersAllPhases() throws Exception {
        mvc.perform(get("/admin/reference/elections/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Masa tenang mulai")))
                .andExpect(content().string(containsString("Rekapitulasi selesai")));
    }
}
