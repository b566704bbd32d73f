// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every role × every case endpoint × a case in the role's scope ("own") and one outside it ("foreign"). Each role
 * tries the action that its own work would need in the case's state. Outside the scope the case does not exist
 * (404, and it is missing from lists); inside, read-only roles are refused with 422 and a reason.
 */
@CasesIntegrationTest
class CaseAccessMatrixIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 5);

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;

    /** Where a case sits and what state it must be in for the role's action. */
    record Place(String regionCode, String agencyCode) {
    }

    static final Place PANDEGLANG = new Place("36.01", "PEMKAB-36.01");
    static final Place TANGERANG = new Place("36.71", "PEMKOT-36.71");
    static final Place BOGOR = new Place("32.01", "PEMKAB-32.01");

    /**
     * @param expectedDetail status of GET /cases/{id}
     * @param expectedAction status of POST /cases/{id}/actions/{action}
     */
    record Row(String role, CurrentUser user, CaseState state, String action, String body, String scope, Place place,
            int expectedDetail, boolean listed, int expectedAction, boolean pseudonymised) {

        @Override
        public String toString() {
            return role + " × " + scope + " case";
        }
    }

    static Stream<Arguments> matrix() {
        String decide = """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/5/2024","decreeDate":"2024-11-05","sanctionCode":"PP94-2021/BERAT-1"}""";
        return Stream.of(
                new Row("BAWASLU_OFFICER", BAWASLU_BANTEN, CaseState.RECEIVED, "forward", "{}", "own", PANDEGLANG,
                        200, true, 200, false),
                new Row("BAWASLU_OFFICER", BAWASLU_BANTEN, CaseState.RECEIVED, "forward", "{}", "foreign", BOGOR,
                        404, false, 404, false),
                new Row("SATGAS_VERIFIER", SATGAS, CaseState.FORWARDED, "verify", "{}", "own", PANDEGLANG, 200, true,
                        200, false),
                new Row("SATGAS_VERIFIER", SATGAS, CaseState.FORWARDED, "verify", "{}", "foreign", BOGOR, 200, true,
                        200, false),
                new Row("BKN_OFFICER", BKN, CaseState.UNDER_VERIFICATION, "recommend", "{}", "own", PANDEGLANG, 200,
                        true, 200, false),
                new Row("BKN_OFFICER", BKN, CaseState.UNDER_VERIFICATION, "recommend", "{}", "foreign", BOGOR, 200,
                        true, 200, false),
                new Row("PPK_OFFICER", PPK_PANDEGLANG, CaseState.RECOMMENDED, "decide", decide, "own", PANDEGLANG,
                        200, true, 200, false),
                new Row("PPK_OFFICER", PPK_PANDEGLANG, CaseState.RECOMMENDED, "decide", decide, "foreign", TANGERANG,
                        404, false, 404, false),
                new Row("SUPERVISOR", SUPERVISOR_BANTEN, CaseState.RECOMMENDED, "decide", decide, "own", PANDEGLANG,
                        200, true, 422, false),
                new Row("SUPERVISOR", SUPERVISOR_BANTEN, CaseState.RECOMMENDED, "decide", decide, "foreign", BOGOR,
                        404, false, 404, false),
                new Row("ANALYST", ANALYST, CaseState.FORWARDED, "verify", "{}", "own", PANDEGLANG, 200, true, 422,
                        true),
                new Row("ANALYST", ANALYST, CaseState.FORWARDED, "verify", "{}", "foreign", BOGOR, 200, true, 422,
                        true),
                new Row("ADMIN", ADMIN, CaseState.RECEIVED, "forward", "{}", "own", PANDEGLANG, 200, true, 200, false),
                new Row("ADMIN", ADMIN, CaseState.RECEIVED, "forward", "{}", "foreign", BOGOR, 200, true, 200, false))
                .map(Arguments::of);
    }

    @BeforeEach
    void officeDay() {
        clock.setDay(DAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void roleOnCase_seesAndActsOnlyWithinItsScope(Row row) throws Exception {
        long id = cases.caseIn(row.state(), row.place().regionCode(), row.place().agencyCode(), clock.instant());

        MvcResult detail = mvc.perform(get("/api/v1/cases/{id}", id).with(as(row.user()))).andReturn();
        assertThat(detail.getResponse().getStatus()).as("GET detail").isEqualTo(row.expectedDetail());
        if (row.expectedDetail() == 200) {
            String name = JsonPath.read(detail.getResponse().getContentAsString(), "$.person.name");
            Object nip = JsonPath.read(detail.getResponse().getContentAsString(), "$.person.nip");
            assertThat(name.startsWith("ASN-")).as("pseudonym instead of name").isEqualTo(row.pseudonymised());
            assertThat(nip == null).as("NIP hidden").isEqualTo(row.pseudonymised());
        }

        MvcResult list = mvc.perform(get("/api/v1/cases").param("region", row.place().regionCode())
                .param("state", row.state().name()).param("sort", "id,desc").param("size", "100")
                .with(as(row.user()))).andReturn();
        assertThat(list.getResponse().getStatus()).as("GET list").isEqualTo(200);
        List<Integer> ids = JsonPath.read(list.getResponse().getContentAsString(), "$.items[*].id");
        assertThat(ids.contains((int) id)).as("listed").isEqualTo(row.listed());

        MvcResult action = mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, row.action())
                .with(as(row.user())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(row.body()))
                .andReturn();
        assertThat(action.getResponse().getStatus()).as("POST action").isEqualTo(row.expectedAction());
    }

    @Test
    void list_findsACaseByThePersonsName_andNothingForANameNobodyHas() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        String name = JsonPath.read(mvc.perform(get("/api/v1/cases/{id}", id).with(as(BAWASLU_BANTEN))).andReturn()
                .getResponse().getContentAsString(), "$.person.name");

        List<Integer> found = JsonPath.read(mvc.perform(get("/api/v1/cases").param("q", name)
                .param("size", "100").with(as(BAWASLU_BANTEN))).andReturn().getResponse().getContentAsString(),
                "$.items[*].id");
        List<Integer> none = JsonPath.read(mvc.perform(get("/api/v1/cases").param("q", "Tidak Ada Orang Ini " + id)
                .with(as(BAWASLU_BANTEN))).andReturn().getResponse().getContentAsString(), "$.items[*].id");

        assertThat(found).contains((int) id);
        assertThat(none).isEmpty();
    }

    @Test
    void anonymousCaller_getsNothing() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        int detail = mvc.perform(get("/api/v1/cases/{id}", id)).andReturn().getResponse().getStatus();
        int list = mvc.perform(get("/api/v1/cases")).andReturn().getResponse().getStatus();
        int action = mvc.perform(post("/api/v1/cases/{id}/actions/forward", id).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus();

        assertThat(List.of(detail, list, action)).allSatisfy(status -> assertThat(status).isIn(401, 302));
    }

    @Test
    void missingCase_isIndistinguishableFromAForeignOne() throws Exception {
        int missing = mvc.perform(get("/api/v1/cases/{id}", Long.MAX_VALUE).with(as(PPK_PANDEGLANG))).andReturn()
                .getResponse().getStatus();

        assertThat(missing).isEqualTo(404);
    }
}
