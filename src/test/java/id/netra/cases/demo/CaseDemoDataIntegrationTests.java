// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo as a new user meets it: the real demo accounts (HTTP Basic, password netra-demo) and the synthetic cases,
 * on the application's default configuration with demo data on and the real clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCases_areWrittenOnceAndLabelledSynthetic() {
        int demo = jdbc.sql("select count(*) from cases.case_file where channel = 'DEMO'").query(Integer.class)
                .single();
        int inBanten = jdbc.sql("select count(*) from cases.case_file where channel = 'DEMO' and region_code like '36%'")
                .query(Integer.class).single();

        assertThat(demo).isEqualTo(19);
        assertThat(inBanten).isGreaterThanOrEqualTo(12);
    }

    @Test
    void everyDemoUsersTaskQueue_hasWork() throws Exception {
        for (String user : List.of("bawaslu-officer", "satgas-verifier", "bkn-officer", "ppk-officer")) {
            String page = mvc.perform(get("/cases").param("queue", "MY_TASKS").with(httpBasic(user, "netra-demo")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(user).contains("/cases/").doesNotContain("Tidak ada perkara dalam antrean ini");
        }
        String overdue = mvc.perform(get("/cases").param("queue", "OVERDUE")
                .with(httpBasic("bkn-officer", "netra-demo"))).andReturn().getResponse().getContentAsString();
        assertThat(overdue).doesNotContain("Tidak ada perkara dalam antrean ini");
    }

    @Test
    void ppkOfficer_seesOnlyPandeglangCases_andAnalystOnlyPseudonyms() throws Exception {
        String ppk = mvc.perform(get("/api/v1/cases").param("size", "100").with(httpBasic("ppk-officer", "netra-demo")))
                .andReturn().getResponse().getContentAsString();
        String analyst = mvc.perform(get("/api/v1/cases").param("size", "100")
                .with(httpBasic("analyst", "netra-demo"))).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(ppk, "$.items[*].agencyCode")).isNotEmpty()
                .allMatch("PEMKAB-36.01"::equals);
        assertThat(JsonPath.<List<String>>read(analyst, "$.items[*].personName")).isNotEmpty()
                .allMatch(name -> name.startsWith("ASN-"));
    }

    @Test
    void kasnEraDemoCases_showTheHandoverToBkn() {
        List<String> holders = jdbc.sql("""
                select cu.holder_type from cases.case_custody cu join cases.case_file c on c.id = cu.case_id
                where c.channel = 'DEMO' and c.region_code = '36.04' order by cu.since, cu.id""")
                .query(String.class).list();

        assertThat(holders).containsExactly("BAWASLU", "KASN", "BKN");
    }
}
