// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.reconciliation;

import static id.netra.cases.support.TestCases.ADMIN;
import static id.netra.cases.support.TestCases.ANALYST;
import static id.netra.cases.support.TestCases.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.support.CasesIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reconciliation view of Pilkada 2020, and administrators adding, correcting and retiring published figures. */
@CasesIntegrationTest
class ReconciliationAndPublishedFiguresIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void pilkada2020ShowsTheFiguresOfKasnAndBawasluBesideNetrasOwnCount() throws Exception {
        String page = mvc.perform(get("/analitik/rekonsiliasi").param("pemilihan", "PILKADA-2020").with(as(ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("KASN", "Bawaslu", "BKN", "2.034", "1.596", "1.413", "2.007", "369", "283",
                "1.536", "1.645", "Hitungan Netra", "https://www.merahputih.com/post/read/perkuat-pengawasan");

        JsonNode view = JSON.readTree(mvc.perform(get("/api/v1/stats/reconciliation").param("election", "PILKADA-2020")
                .with(as(ANALYST))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long netra = view.get("netraCases").asLong();
        boolean kasnReported = false;
        boolean bawaslu = false;
        for (JsonNode row : view.get("rows")) {
            JsonNode f = row.get("published");
            if (f.get("publisher").asString().equals("KASN") && f.get("measureCode").asString().equals("asn-reported")
                    && f.get("value").asLong() == 2034) {
                kasnReported = true;
                assertThat(row.get("netra").asLong()).isEqualTo(netra);
                assertThat(row.get("difference").asLong()).isEqualTo(netra - 2034);
                assertThat(row.get("sameUnit").asBoolean()).isTrue();
            }
            if (f.get("publisher").asString().equals("Bawaslu")
                    && f.get("measureCode").asString().equals("bawaslu-alleged-violations")) {
                bawaslu = true;
                assertThat(row.get("sameUnit").asBoolean()).as("Bawaslu counts violations, Netra civil servants")
                        .isFalse();
            }
            assertThat(f.get("sourceUrl").asString()).startsWith("http");
            assertThat(f.get("asOf").isNull()).isFalse();
        }
        assertThat(kasnReported).isTrue();
        assertThat(bawaslu).isTrue();
    }

    @Test
    void anAdministratorAddsCorrectsAndRetiresAFigureEachAudited() throws Exception {
        String figure = """
                {"publisher":"KemenPANRB","measureCode":"asn-reported","label":"ASN dilaporkan (uji)",
                 "labelEn":"Civil servants reported (test)","electionCode":"PEMILU-2019","period":"2019",
                 "value":%s,"unit":"COUNT","sourceTitle":"Siaran pers uji","sourceUrl":"https://example.org/uji",
                 "asOf":"2019-06-01"}""";
        String created = mvc.perform(post("/api/v1/admin/published-figures").with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(figure.formatted("120")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();

        mvc.perform(put("/api/v1/admin/published-figures/" + id).with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"figure\":" + figure.formatted("125") + ",\"reason\":\"Salah ketik pada sumber\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/admin/published-figures/" + id + "/revisions").with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].content.value").value(120))
                .andExpect(jsonPath("$[0].reason").value("Salah ketik pada sumber"));
        mvc.perform(post("/api/v1/admin/published-figures/" + id + "/retire").with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Sumber ditarik\"}"))
                .andExpect(status().isNoContent());

        String inForce = mvc.perform(get("/api/v1/published-figures").param("election", "PEMILU-2019")
                .with(as(ANALYST))).andReturn().getResponse().getContentAsString();
        assertThat(inForce).doesNotContain("ASN dilaporkan (uji)").contains("Rekomendasi KASN tahun 2019");
        mvc.perform(put("/api/v1/admin/published-figures/" + id).with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"figure\":" + figure.formatted("130") + ",\"reason\":\"lagi\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select action from audit.entry where subject_id = ? and action like 'published-figure.%'"
                + " order by sequence_number").param(Long.toString(id)).query(String.class).list())
                .containsExactly("published-figure.added", "published-figure.corrected", "published-figure.retired");
    }

    @Test
    void aFigureWithoutSourceOrWithImpossibleValuesIsRefusedWithEveryReason() throws Exception {
        mvc.perform(post("/api/v1/admin/published-figures").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"publisher":"Koran","measureCode":"Asn Reported","label":"x","labelEn":"x",
                         "value":140,"unit":"PERCENT","sourceTitle":"","sourceUrl":"ftp://x","asOf":"2999-01-01"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("publisher",
                        "measureCode", "value", "sourceTitle", "sourceUrl", "asOf")));
        mvc.perform(post("/api/v1/admin/published-figures").with(as(ANALYST)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void adminPagesRenderAndABoundaryFileIsCheckedStoredAndAudited() throws Exception {
        assertThat(mvc.perform(get("/admin/angka-terbitan").with(as(ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Angka terbitan lembaga lain",
                        "Rekomendasi KASN tahun 2019");
        mvc.perform(get("/admin/peta").with(as(ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/admin/peta").with(as(ANALYST))).andExpect(status().isForbidden());

        byte[] wrong = "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/admin/maps/boundaries").file(new MockMultipartFile("file", "x.geojson",
                "application/geo+json", wrong)).param("attribution", "uji").with(as(ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("analytics.map.boundary.missing"));
        byte[] shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("maps/indonesia-38-provinces.geojson")) {
            shipped = in.readAllBytes();
        }
        mvc.perform(multipart("/api/v1/admin/maps/boundaries").file(new MockMultipartFile("file", "resmi.geojson",
                "application/geo+json", shipped))
                .param("attribution", "Indonesia GeoJSON & TopoJSON Maps (38 Provinces), CC BY 4.0 (unggahan uji)")
                .with(as(ADMIN)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.features").value(38));
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'map.boundaries-replaced'")
                .query(Long.class).single()).isPositive();
        JsonNode map = JSON.readTree(mvc.perform(get("/publik/peta/batas.geojson")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(map.get("features")).hasSize(38);
    }
}
