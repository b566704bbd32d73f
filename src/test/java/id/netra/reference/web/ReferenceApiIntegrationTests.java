// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.Role;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The read-only reference API: contents, authentication, and 400/404 problems for bad requests. */
@NetraIntegrationTest
@SignedInAs(value = Role.ANALYST, username = "user")
class ReferenceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    private ResultActions badRequest(String uri) throws Exception {
        return mvc.perform(get(uri)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Permintaan tidak valid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/regions", "/api/v1/regions/36", "/api/v1/agencies", "/api/v1/catalogue/violations",
        "/api/v1/catalogue/sanctions", "/api/v1/catalogue/positions", "/api/v1/elections",
        "/api/v1/calendar/working-days?from=2024-01-01&add=1", "/api/v1/calendar/holidays?year=2024"})
    @SignedInAs(value = {}, username = "nobody")
    void everyEndpoint_isOpenToAnySignedInUser(String uri) throws Exception {
        mvc.perform(get(uri)).andExpect(status().isOk());
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void anonymousCaller_isRejected() throws Exception {
        mvc.perform(get("/api/v1/regions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/calendar/working-days?from=2023-08-16&add=1")).andExpect(status().isUnauthorized());
    }

    @Test
    void regions_byLevel() throws Exception {
        mvc.perform(get("/api/v1/regions?level=province")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(38)))
                .andExpect(jsonPath("$[?(@.code == '63')].location.capital").value("Banjarbaru"));
        mvc.perform(get("/api/v1/regions?level=regency")).andExpect(jsonPath("$", hasSize(514)));
        mvc.perform(get("/api/v1/regions?level=REGENCY&provinceCode=36")).andExpect(jsonPath("$", hasSize(8)));
    }

    @Test
    void region_byCode_carriesItsSource() throws Exception {
        mvc.perform(get("/api/v1/regions/36.01")).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kabupaten Pandeglang"))
                .andExpect(jsonPath("$.kind").value("KABUPATEN"))
                .andExpect(jsonPath("$.sourceVersion").value("4.0.1"))
                .andExpect(jsonPath("$.source", containsString("ODbL")));
    }

    @Test
    void unknownRegion_is404Problem() throws Exception {
        mvc.perform(get("/api/v1/regions/99.99")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Data yang diminta tidak ditemukan."));
    }

    @Test
    void badLevel_is400InIndonesian_orEnglishOnRequest() throws Exception {
        badRequest("/api/v1/regions?level=desa").andExpect(jsonPath("$.parameter").value("level"))
                .andExpect(jsonPath("$.detail", containsString("harus bernilai")));
        mvc.perform(get("/api/v1/regions?level=desa").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("must be 'province' or 'regency'")));
    }

    @Test
    void agencies_ofARegency_andBadType() throws Exception {
        mvc.perform(get("/api/v1/agencies?regionCode=36.01")).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("PEMKAB-36.01"))
                .andExpect(jsonPath("$[0].ppkTitle").value("Bupati"));
        mvc.perform(get("/api/v1/agencies?type=sekretariat")).andExpect(jsonPath("$[*].code", hasItem("SETJEN-BAWASLU")));
        badRequest("/api/v1/agencies?type=DINAS").andExpect(jsonPath("$.detail", containsString("PEMKAB")));
    }

    @Test
    void violations_listNineteenForms_withDs8Uncertain() throws Exception {
        mvc.perform(get("/api/v1/catalogue/violations")).andExpect(jsonPath("$", hasSize(19)))
                .andExpect(jsonPath("$[?(@.code == 'DS-8')].levelUncertain").value(true))
                .andExpect(jsonPath("$[?(@.code == 'DS-5')].mappedLevel").value("DISMISSAL"))
                .andExpect(jsonPath("$[?(@.code == 'KE-2')].categories[*]", hasItem("KAMPANYE_MEDSOS")));
    }

    @Test
    void sanctions_byRegulationAndDate() throws Exception {
        mvc.perform(get("/api/v1/catalogue/sanctions?regulation=PP94-2021")).andExpect(jsonPath("$", hasSize(9)));
        mvc.perform(get("/api/v1/catalogue/sanctions").param("regulation", "pp 94/2021"))
                .andExpect(jsonPath("$", hasSize(9)));
        mvc.perform(get("/api/v1/catalogue/sanctions?regulation=PP42-2004")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/catalogue/sanctions?on=2020-01-01"))
                .andExpect(jsonPath("$[*].regulation", hasItem("PP 53/2010")))
                .andExpect(jsonPath("$[*].regulation", not(hasItem("PP 94/2021"))));
        badRequest("/api/v1/catalogue/sanctions?regulation=PP99-2099")
                .andExpect(jsonPath("$.detail", containsString("PP94-2021")));
        badRequest("/api/v1/catalogue/sanctions?on=kemarin").andExpect(jsonPath("$.parameter").value("on"));
    }

    @Test
    void positions_listSevenClassesAndThreeEmploymentTypes() throws Exception {
        mvc.perform(get("/api/v1/catalogue/positions"))
                .andExpect(jsonPath("$.positionClasses", hasSize(7)))
                .andExpect(jsonPath("$.positionClasses[0].code").value("JPT_UTAMA"))
                .andExpect(jsonPath("$.areaHeadRoles[*].code", hasItem("CAMAT")))
                .andExpect(jsonPath("$.employmentTypes", hasSize(3)));
    }

    @Test
    void elections_comeWithPhases() throws Exception {
        mvc.perform(get("/api/v1/elections"))
                .andExpect(jsonPath("$[?(@.code == 'PEMILU-2024')].votingDay").value("2024-02-14"))
                .andExpect(jsonPath("$[?(@.code == 'PEMILU-2024')].phases[1].kind").value("CAMPAIGN"))
                .andExpect(jsonPath("$[?(@.code == 'PEMILU-2024')].phases[1].startsOn").value("2023-11-28"))
                .andExpect(jsonPath("$[?(@.code == 'PILKADA-2024')].participantCount").value(545));
        mvc.perform(get("/api/v1/elections/PILKADA-2020")).andExpect(jsonPath("$.participantsComplete").value(false));
        mvc.perform(get("/api/v1/elections/PILKADA-1999")).andExpect(status().isNotFound());
    }

    @Test
    void workingDays_addAcrossHolidaysAndNewYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days?from=2023-08-16&add=1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("2023-08-18"));
        mvc.perform(get("/api/v1/calendar/working-days?from=2023-12-29&add=1"))
                .andExpect(jsonPath("$.result").value("2024-01-02"))
                .andExpect(jsonPath("$.calendarCoveredThrough").value(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void workingDays_between() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days?from=2023-07-31&to=2023-08-31"))
                .andExpect(jsonPath("$.workingDays").value(22))
                .andExpect(jsonPath("$.result").doesNotExist());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?add=1", "?from=16-08-2023&add=1", "?from=2023-02-30&add=1", "?from=2023-08-16",
        "?from=2023-08-16&add=-1", "?from=2023-08-16&add=satu", "?from=2023-08-16&add=99999999999",
        "?from=2023-08-16&add=1&to=2023-09-01", "?from=2023-08-16&to=9999-12-31"})
    void badWorkingDayQueries_are400Problems(String query) throws Exception {
        badRequest("/api/v1/calendar/working-days" + query).andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.parameter").isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "+10000-01-01"})
    void datesBeyondFourDigitYears_are400Problems_notServerErrors(String from) throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", from).param("add", "1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2023-08-16").param("to", from))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void holidays_ofAYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays?year=2024")).andExpect(jsonPath("$", hasSize(29)))
                .andExpect(jsonPath("$[?(@.date == '2024-02-14')].electionDay").value(true));
        badRequest("/api/v1/calendar/holidays?year=dua-ribu");
    }

    @Test
    void openApi_describesTheReferenceEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days'].get.summary").value("Hitung hari kerja"))
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}']").exists());
    }
}
