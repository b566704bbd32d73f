// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.netra.survey.instrument.SurveyStore;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey API end to end on PostgreSQL: an instrument, a KoboToolbox-style upload of the golden respondents
 * (groups in headers, multi-select as space-separated codes and as 1/0 columns, a name column to drop), and estimates
 * equal to R's.
 */
@NetraIntegrationTest
class SurveyApiIntegrationTests {

    static final String INSTRUMENT = """
            {"title":"Survei uji","questions":[
              {"code":"c","kind":"MULTI","label":"Penyebab","labelEn":"Causes","choices":[
                {"code":"kin","label":"Ikatan persaudaraan"},{"code":"career","label":"Karier"},
                {"code":"pressure","label":"Tekanan"}]},
              {"code":"infl","kind":"SINGLE","label":"Yang memengaruhi","choices":[
                {"code":"atasan","label":"Atasan"},{"code":"keluarga","label":"Keluarga"},
                {"code":"kolega","label":"Kolega"},{"code":"tidak_ada","label":"Tidak ada"}]}]}""";

    @Autowired WebApplicationContext context;
    @Autowired JsonMapper json;
    @Autowired SurveyStore store;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static RequestPostProcessor analyst() {
        return TestUsers.analyst("analis").principal();
    }

    @Test
    void koboUploadThenEstimatesEqualR() throws Exception {
        long id = create();
        MockHttpServletResponse upload = mvc.perform(post("/api/v1/surveys/" + id + "/responses").with(analyst())
                .contentType("text/csv").content(koboCsv())).andReturn().getResponse();
        assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(200);
        Map<?, ?> report = json.readValue(upload.getContentAsString(), Map.class);
        assertThat(report.get("imported")).isEqualTo(24);
        assertThat(report.get("droppedIdentifierColumns").toString()).isEqualTo("[identitas/nama]");
        assertThat(report.get("ignoredColumns").toString()).contains("_uuid");

        Map<?, ?> estimate = estimate(id, """
                {"design":{"weights":"w","strata":"prov","clusters":"region","fpc":null,"nest":true,
                 "lonelyPsu":"fail"},"variables":["c_kin"],"by":null,"statistic":"mean","ciMethod":"logit",
                 "level":0.95}""");
        assertThat(estimate.get("degreesOfFreedom")).isEqualTo(5);
        Map<?, ?> kin = (Map<?, ?>) ((List<?>) estimate.get("estimates")).get(0);
        assertThat(new java.util.TreeSet<>(kin.keySet().stream().map(Object::toString).toList()))
                .containsExactly("ciLower", "ciUpper", "deff", "domain", "estimate", "level", "se", "variable");
        assertThat((Double) kin.get("estimate")).isCloseTo(0.4715447154, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) kin.get("se")).isCloseTo(0.1000375026, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) kin.get("ciLower")).isCloseTo(0.2412378583, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) kin.get("deff")).isCloseTo(0.9327821229, org.assertj.core.data.Offset.offset(1e-9));

        Map<?, ?> infl = estimate(id, """
                {"design":{"weights":"w","strata":"prov","clusters":"region","nest":true},
                 "variables":["infl"],"statistic":"mean","ciMethod":"wald-t"}""");
        List<?> rows = (List<?>) infl.get("estimates");
        assertThat(rows).hasSize(4);
        assertThat(((Map<?, ?>) rows.get(0)).get("level")).isEqualTo("atasan");
        assertThat((Double) ((Map<?, ?>) rows.get(0)).get("se"))
                .isCloseTo(0.0856086234985999, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void badRequestsAre422WithIndonesianReasons() throws Exception {
        long id = create();
        mvc.perform(post("/api/v1/surveys/" + id + "/responses").with(analyst()).contentType("text/csv")
                .content(koboCsv()));
        MockHttpServletResponse response = mvc.perform(post("/api/v1/surveys/" + id + "/estimate").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"design":{"weights":"bobot_tidak_ada"},"variables":["c_kin"],"ciMethod":"logit",
                         "level":1.5}""")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("design.weights").contains("tidak ada dalam survei ini").contains("level");

        MockHttpServletResponse lonely = mvc.perform(post("/api/v1/surveys/" + id + "/estimate").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"design":{"weights":"w","strata":"infl","clusters":"region","nest":false},
                         "variables":["c_kin"]}""")).andReturn().getResponse();
        assertThat(lonely.getStatus()).isEqualTo(422);
        assertThat(lonely.getContentAsString(StandardCharsets.UTF_8)).contains("lebih dari satu strata");
    }

    @Test
    void rowsWithUnknownChoicesAreReportedAndTheRestKept() throws Exception {
        long id = create();
        String csv = "prov;region;w;infl;c\nP1;R11;120;atasan;kin career\nP1;R11;120;bos;kin\nP1;R12;80;;\n";
        Map<?, ?> report = json.readValue(mvc.perform(post("/api/v1/surveys/" + id + "/responses")
                .with(analyst()).contentType("text/csv").content(csv)).andReturn().getResponse()
                .getContentAsString(), Map.class);
        assertThat(report.get("imported")).isEqualTo(2);
        assertThat(report.get("rejectedRows")).isEqualTo(1);
        assertThat(report.get("errors").toString()).contains("bos").contains("row=2");
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        assertThat(mvc.perform(post("/api/v1/surveys").with(TestUsers.ppk("p").principal())
                .contentType(MediaType.APPLICATION_JSON).content(INSTRUMENT)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private long create() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/surveys").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content(INSTRUMENT)).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return ((Number) json.readValue(created.getContentAsString(), Map.class).get("id")).longValue();
    }

    private Map<?, ?> estimate(long id, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/surveys/" + id + "/estimate").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readValue(response.getContentAsString(), Map.class);
    }

    /**
     * The golden respondents as KoboToolbox exports them: semicolons, group paths, c as a single column of
     * space-separated codes and also as 1/0 columns, a name column, metadata.
     */
    @Test
    void aDesignWithSingletonStrataIsRefusedWithTheStrataAndThePoliciesToChoose() throws Exception {
        long id = create();
        mvc.perform(post("/api/v1/surveys/" + id + "/responses").with(analyst()).contentType("text/csv")
                .content(koboCsv()));
        // every region its own stratum: each stratum has a single PSU, which the "fail" policy refuses
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/surveys/" + id + "/estimate").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"design":{"weights":"w","strata":"region","clusters":"region","nest":true,
                         "lonelyPsu":"fail"},"variables":["c_kin"],"ciMethod":"logit"}""")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        Map<?, ?> problem = json.readValue(refused.getContentAsString(StandardCharsets.UTF_8), Map.class);
        assertThat(problem.get("code")).isEqualTo("survey.design.lonely-psu");
        assertThat((String) problem.get("detail")).contains("8 strata R11, R12").contains("satu PSU")
                .contains("\u201Chapus\u201D").contains("\u201Ckepastian\u201D");
        assertThat(problem.get("errors")).asList().hasSize(1);

        // the same design stored for the results page: the page explains instead of failing
        store.setDesign(id, Map.of("weights", "w", "strata", "region", "clusters", "region", "nest", true,
                "lonelyPsu", "fail"));
        MockHttpServletResponse page = mvc.perform(get("/surveys/" + id).with(analyst())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("belum dapat dihitung")
                .contains("R11, R12").contains("role=\"alert\"");

        // another policy, and the same request is answered
        MockHttpServletResponse removed = mvc.perform(post("/api/v1/surveys/" + id + "/estimate").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"design":{"weights":"w","strata":"region","clusters":"region","nest":true,
                         "lonelyPsu":"remove"},"variables":["c_kin"],"ciMethod":"likelihood"}""")).andReturn()
                .getResponse();
        assertThat(removed.getStatus()).as(removed.getContentAsString()).isEqualTo(200);
    }

    @Test
    void aLikertItemShowsItsMeanScoreAndTopTwoShareOnTheResultsPage() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/surveys").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Survei skala","questions":[{"code":"netral","kind":"LIKERT",
                          "label":"ASN harus netral dalam pilkada","choices":[
                            {"code":"sts","label":"Sangat tidak setuju"},{"code":"ts","label":"Tidak setuju"},
                            {"code":"n","label":"Ragu-ragu"},{"code":"s","label":"Setuju"},
                            {"code":"ss","label":"Sangat setuju"}]}]}""")).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long id = ((Number) json.readValue(created.getContentAsString(), Map.class).get("id")).longValue();
        String[] codes = {"sts", "ts", "n", "s", "ss"};
        StringBuilder csv = new StringBuilder("netral\n");
        for (int i = 0; i < 40; i++) {
            csv.append(codes[i % 5]).append('\n');
        }
        assertThat(mvc.perform(post("/api/v1/surveys/" + id + "/responses").with(analyst()).contentType("text/csv")
                .content(csv.toString())).andReturn().getResponse().getStatus()).isEqualTo(200);

        String page = mvc.perform(get("/surveys/" + id).with(analyst())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // eight answers on each point: mean 3, SE = s/sqrt(n) = sqrt(80/39/40) = 0.2265, t(39) interval 2.54-3.46;
        // 16 of 40 chose "setuju" or "sangat setuju"
        assertThat(page).contains("skor 1 sampai 5").contains("Skor rata-rata 3,00 (interval 95%: 2,54–3,46; "
                + "galat baku 0,226)").contains("(Setuju / Sangat setuju): 40,0%");
    }

    @Test
    void aLargeUploadRunsInTheBackgroundReportingProgressThenItsResultWithRowErrors() throws Exception {
        long id = create();
        String[] lines = koboCsv().split("\n");
        StringBuilder csv = new StringBuilder(lines[0]).append('\n');
        for (int copy = 0; copy < 90; copy++) {
            for (int i = 1; i < lines.length; i++) {
                csv.append(lines[i].replaceFirst("^uuid-", "uuid-" + copy + "-")).append('\n');
            }
        }
        csv.append("uuid-x;Responden x;P1;R11;120;1;kin;1;0;0;bukan_pilihan\n");
        MockHttpServletResponse started = mvc.perform(post("/api/v1/surveys/" + id + "/responses/jobs")
                .with(analyst()).contentType("text/csv").content(csv.toString())).andReturn().getResponse();
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(202);
        Map<?, ?> job = json.readValue(started.getContentAsString(), Map.class);
        assertThat(job.get("totalRows")).isEqualTo(2161);
        assertThat(started.getHeader("Location")).endsWith("/responses/jobs/" + job.get("jobId"));
        Map<?, ?> done = awaitJob(id, (String) job.get("jobId"));
        assertThat(done.get("state")).isEqualTo("done");
        assertThat(done.get("percent")).isEqualTo(100);
        assertThat(done.get("processedRows")).isEqualTo(2161);
        Map<?, ?> result = (Map<?, ?>) done.get("result");
        assertThat(result.get("imported")).isEqualTo(2160);
        assertThat(result.get("rejectedRows")).isEqualTo(1);
        assertThat(result.get("errors").toString()).contains("bukan_pilihan").contains("row=2161");

        // a small file every row of which is refused: read in the request, the job has failed and says why
        MockHttpServletResponse bad = mvc.perform(post("/api/v1/surveys/" + id + "/responses/jobs")
                .with(analyst()).contentType("text/csv").content("kelompok/infl\nbukan_pilihan\n")).andReturn()
                .getResponse();
        Map<?, ?> failed = json.readValue(bad.getContentAsString(), Map.class);
        assertThat(failed.get("state")).isEqualTo("failed");
        assertThat((String) failed.get("error")).contains("Tidak ada baris yang dapat disimpan");
        assertThat(awaitJob(id, (String) failed.get("jobId")).get("state")).isEqualTo("failed");
        assertThat(mvc.perform(get("/api/v1/surveys/" + id + "/responses/jobs/tidak-ada").with(analyst()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private Map<?, ?> awaitJob(long surveyId, String jobId) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            Map<?, ?> status = json.readValue(mvc.perform(get("/api/v1/surveys/" + surveyId + "/responses/jobs/"
                    + jobId).with(analyst())).andReturn().getResponse().getContentAsString(), Map.class);
            if (!"running".equals(status.get("state"))) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload job " + jobId + " did not finish");
    }

    static String koboCsv() throws Exception {
        String[] lines = new String(SurveyApiIntegrationTests.class.getResourceAsStream("/survey/asn.csv")
                .readAllBytes(), StandardCharsets.UTF_8).split("\n");
        StringBuilder out = new StringBuilder(
                "_uuid;identitas/nama;desain/prov;desain/region;desain/w;male;kelompok/c;kelompok/c/kin;"
                        + "kelompok/c/career;kelompok/c/pressure;kelompok/infl\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].trim().split(",");
            StringBuilder codes = new StringBuilder();
            String[] names = {"kin", "career", "pressure"};
            for (int k = 0; k < 3; k++) {
                if (f[5 + k].equals("1")) {
                    codes.append(codes.isEmpty() ? "" : " ").append(names[k]);
                }
            }
            out.append("uuid-").append(i).append(";Responden ").append(i).append(';').append(f[1]).append(';')
                    .append(f[2]).append(';').append(f[3]).append(';').append(f[4]).append(';').append(codes)
                    .append(';').append(f[5]).append(';').append(f[6]).append(';').append(f[7]).append(';')
                    .append(f[8]).append('\n');
        }
        return out.toString();
    }
}
