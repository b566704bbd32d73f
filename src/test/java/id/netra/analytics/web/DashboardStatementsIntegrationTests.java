// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import static id.netra.cases.support.TestCases.ANALYST;
import static id.netra.cases.support.TestCases.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.netra.identity.CurrentUser;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.SqlStatements;
import id.netra.testing.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * What one dashboard costs in SQL statements, over the demo data (dozens of groups): a small constant that does not
 * grow with the number of groups, panels or filters. A label looked up per group, a panel read per query or a
 * reference table read per request would each raise it. The reference directories load once per application
 * (warmed up first), so the counts are those of every later request.
 */
@NetraIntegrationTest
class DashboardStatementsIntegrationTests {

    /** The page: every panel in one statement (the agency picker is the agency panel). */
    private static final int PAGE = 1;
    /** The page with an agency chosen: the picker lists the other agencies too, one statement more. */
    private static final int PAGE_WITH_AGENCY = 2;
    /** The API's dashboard and each one-panel endpoint. */
    private static final int API = 1;

    private static final CurrentUser SUPERVISOR_BANTEN = TestUsers.supervisor("supervisor-36").region("36")
            .currentUser();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void referenceDataLoaded() throws Exception {
        mvc.perform(get("/analitik").with(as(ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/analitik?election=PILKADA-2024&province=36").with(as(ANALYST)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/stats/dashboard").with(as(ANALYST))).andExpect(status().isOk());
    }

    @Test
    void theDashboardPage_costsOneStatement_whateverTheFilterAndScope() throws Exception {
        assertThat(statements(get("/analitik").with(as(ANALYST)))).isEqualTo(PAGE);
        assertThat(statements(get("/analitik?election=PILKADA-2024&province=36").with(as(ANALYST))))
                .isEqualTo(PAGE);
        assertThat(statements(get("/analitik?position=FUNGSIONAL&areaHead=false").with(as(ANALYST))))
                .isEqualTo(PAGE);
        assertThat(statements(get("/analitik").with(as(SUPERVISOR_BANTEN)))).isEqualTo(PAGE);
        String agency = firstAgency();
        assertThat(statements(get("/analitik?agency=" + agency).with(as(ANALYST)))).isEqualTo(PAGE_WITH_AGENCY);
    }

    @Test
    void theDashboardApi_costsOneStatement_forEveryPanelAndDozensOfGroups() throws Exception {
        String body = mvc.perform(get("/api/v1/stats/dashboard").with(as(ANALYST))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> summaries = JsonPath.read(body, "$.summaries");
        assertThat(summaries).containsKeys("category", "position", "province", "agency", "phase", "election",
                "sanctionLevel", "outcome", "violation");
        List<String> labels = JsonPath.read(body, "$.summaries.*.groups[*].label");
        // the demo data spreads over several agencies, regions and forms: a lookup per group would cost dozens
        assertThat(labels).hasSizeGreaterThan(30);
        assertThat(JsonPath.<Integer>read(body, "$.funnel.reported")).isPositive();

        assertThat(statements(get("/api/v1/stats/dashboard").with(as(ANALYST)))).isEqualTo(API);
        assertThat(statements(get("/api/v1/stats/dashboard?election=PILKADA-2024&region=36&groupBy=regency,agency")
                .with(as(ANALYST)))).isEqualTo(API);
        for (String groupBy : List.of("category", "position", "province", "regency", "agency", "election", "phase",
                "sanctionLevel", "outcome", "violation")) {
            assertThat(statements(get("/api/v1/stats/summary?groupBy=" + groupBy).with(as(ANALYST))))
                    .as(groupBy).isEqualTo(API);
        }
        assertThat(statements(get("/api/v1/stats/funnel").with(as(ANALYST)))).isEqualTo(API);
        assertThat(statements(get("/api/v1/stats/compliance").with(as(ANALYST)))).isEqualTo(API);
        assertThat(statements(get("/api/v1/stats/weekly?election=PILKADA-2024").with(as(ANALYST)))).isEqualTo(API);
    }

    @Test
    void theCounter_seesEveryStatementOfTheThread() throws Exception {
        int perGroup = SqlStatements.countDuring(() -> {
            for (int i = 0; i < 5; i++) {
                jdbc.sql("select name from reference.agency where code = :code").param("code", "BKN").query().listOfRows();
            }
        });
        assertThat(perGroup).isEqualTo(5);
    }

    private String firstAgency() throws Exception {
        String body = mvc.perform(get("/api/v1/stats/summary?groupBy=agency").with(as(ANALYST)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.groups[0].key");
    }

    private int statements(RequestBuilder request) throws Exception {
        return SqlStatements.countDuring(() -> mvc.perform(request).andExpect(status().isOk()));
    }
}
