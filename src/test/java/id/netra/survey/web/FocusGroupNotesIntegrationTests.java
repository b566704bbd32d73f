// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Focus-group notes and the codebook on PostgreSQL: the seeded themes, notes coded and counted by group, the cell's
 * notes, refusals as 422 with Indonesian reasons per field, codebook edits audited, soft retirement and deletion,
 * and the roles that may not see any of it.
 */
@NetraIntegrationTest
class FocusGroupNotesIntegrationTests {

    @Autowired WebApplicationContext context;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void notesAreCodedCountedByGroupAndFilteredToACell() throws Exception {
        long survey = survey();
        Map<String, Long> themes = themeIds(survey);
        assertThat(themes.keySet()).contains("Ketidakpastian karier/jabatan", "Patronase dan tekanan atasan",
                "Kekerabatan", "Motif karier", "Aturan yang multitafsir", "Sanksi tidak menimbulkan efek jera");
        long kin = themes.get("Kekerabatan");
        long boss = themes.get("Patronase dan tekanan atasan");

        note(survey, "36.01", "pejabat administrator", List.of(kin, boss));
        note(survey, "36.01", "pejabat administrator", List.of(kin));
        note(survey, "36.01", "guru", List.of(boss));
        note(survey, "73", "pejabat administrator", List.of(kin));

        Map<?, ?> frequency = read(call(get("/api/v1/surveys/" + survey + "/notes/frequency")), Map.class);
        List<?> groups = (List<?>) frequency.get("groups");
        assertThat(groups).hasSize(3);
        List<String> themeLabels = ((List<?>) frequency.get("themes")).stream()
                .map(t -> (String) ((Map<?, ?>) t).get("label")).toList();
        List<?> kinRow = (List<?>) ((List<?>) frequency.get("counts")).get(themeLabels.indexOf("Kekerabatan"));
        List<?> bossRow = (List<?>) ((List<?>) frequency.get("counts"))
                .get(themeLabels.indexOf("Patronase dan tekanan atasan"));
        int pandeglangAdmin = groupIndex(groups, "36.01", "pejabat administrator");
        int pandeglangTeacher = groupIndex(groups, "36.01", "guru");
        int sulsel = groupIndex(groups, "73", "pejabat administrator");
        assertThat(kinRow.get(pandeglangAdmin)).isEqualTo(2);
        assertThat(kinRow.get(pandeglangTeacher)).isEqualTo(0);
        assertThat(kinRow.get(sulsel)).isEqualTo(1);
        assertThat(bossRow.get(pandeglangAdmin)).isEqualTo(1);
        assertThat(bossRow.get(pandeglangTeacher)).isEqualTo(1);
        assertThat(((Map<?, ?>) groups.get(pandeglangAdmin)).get("regionName").toString()).contains("Pandeglang");

        List<?> cell = read(call(get("/api/v1/surveys/" + survey + "/notes").param("themeId", String.valueOf(kin))
                .param("regionCode", "36.01").param("role", "pejabat administrator")), List.class);
        assertThat(cell).hasSize(2);

        long first = ((Number) ((Map<?, ?>) cell.get(0)).get("id")).longValue();
        MockHttpServletResponse removed = call(delete("/api/v1/surveys/" + survey + "/notes/" + first));
        assertThat(removed.getStatus()).isEqualTo(204);
        assertThat(read(call(get("/api/v1/surveys/" + survey + "/notes")), List.class)).hasSize(3);
        assertThat(jdbc.sql("select deleted_at is not null from survey.focus_group_note where id = ?").param(first)
                .query(Boolean.class).single()).as("deletion is soft").isTrue();
        assertThat(audited("survey-note.removed", first)).isEqualTo(1);
    }

    @Test
    void badNotesAre422WithIndonesianReasonsAndNothingIsStored() throws Exception {
        long survey = survey();
        long retired = ((Number) read(call(post("/api/v1/surveys/" + survey + "/codebook")
                .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"Tema sementara " + survey + "\"}")),
                Map.class).get("id")).longValue();
        call(delete("/api/v1/surveys/" + survey + "/codebook/" + retired));

        MockHttpServletResponse response = call(post("/api/v1/surveys/" + survey + "/notes")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"regionCode":"99.99","participantRole":" ","heldOn":"14-10-2021","text":"",
                         "themeIds":[%d]}""".formatted(retired)));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        Map<?, ?> problem = read(response, Map.class);
        assertThat(problem.get("code")).isEqualTo("survey.note.region-unknown");
        assertThat(problem.get("detail").toString()).contains("referensi wilayah");
        String errors = problem.get("errors").toString();
        assertThat(errors).contains("field=regionCode").contains("referensi wilayah")
                .contains("field=participantRole").contains("Isi peran peserta")
                .contains("field=heldOn").contains("tahun-bulan-tanggal")
                .contains("field=text").contains("Isi catatan wajib diisi")
                .contains("field=themeIds").contains("sudah dipensiunkan");

        MockHttpServletResponse future = call(post("/api/v1/surveys/" + survey + "/notes")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"regionCode":"36","participantRole":"guru","heldOn":"2999-01-01","text":"isi"}"""));
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(read(future, Map.class).get("errors").toString()).contains("masa depan")
                .contains("sedikitnya satu tema");

        MockHttpServletResponse malformed = call(post("/api/v1/surveys/" + survey + "/notes")
                .contentType(MediaType.APPLICATION_JSON).content("{\"themeIds\":\"kekerabatan\"}"));
        assertThat(malformed.getStatus()).isBetween(400, 499);
        assertThat(read(call(get("/api/v1/surveys/" + survey + "/notes")), List.class)).isEmpty();
    }

    @Test
    void codebookIsEditedRenamedAndRetiredSoftlyWithAnAuditTrail() throws Exception {
        long survey = survey();
        String label = "Politik balas budi " + survey;
        MockHttpServletResponse created = call(post("/api/v1/surveys/" + survey + "/codebook")
                .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"" + label + "\",\"labelEn\":\"Debt\"}"));
        assertThat(created.getStatus()).isEqualTo(201);
        long id = ((Number) read(created, Map.class).get("id")).longValue();

        MockHttpServletResponse duplicate = call(post("/api/v1/surveys/" + survey + "/codebook")
                .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"kekerabatan\"}"));
        assertThat(duplicate.getStatus()).isEqualTo(422);
        assertThat(read(duplicate, Map.class).get("errors").toString()).contains("sudah ada dalam buku kode");
        MockHttpServletResponse blank = call(put("/api/v1/surveys/" + survey + "/codebook/" + id)
                .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"\"}"));
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(read(blank, Map.class).get("errors").toString()).contains("Nama tema wajib diisi");

        MockHttpServletResponse renamed = call(put("/api/v1/surveys/" + survey + "/codebook/" + id)
                .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"" + label + " (utang budi)\"}"));
        assertThat(read(renamed, Map.class).get("label")).isEqualTo(label + " (utang budi)");

        note(survey, "36", "pejabat fungsional", List.of(id));
        Map<?, ?> retired = read(call(delete("/api/v1/surveys/" + survey + "/codebook/" + id)), Map.class);
        assertThat(retired.get("retired")).isEqualTo(true);
        List<?> codebook = read(call(get("/api/v1/surveys/" + survey + "/codebook")), List.class);
        assertThat(codebook.toString()).contains(label + " (utang budi)");
        List<?> notes = read(call(get("/api/v1/surveys/" + survey + "/notes")), List.class);
        assertThat(notes.toString()).as("the note keeps its retired theme").contains(label + " (utang budi)");

        assertThat(audited("survey-theme.added", id)).isEqualTo(1);
        assertThat(audited("survey-theme.renamed", id)).isEqualTo(1);
        assertThat(audited("survey-theme.retired", id)).isEqualTo(1);
    }

    @Test
    void onlyAnalystsAndAdministratorsReachNotes() throws Exception {
        long survey = survey();
        MockHttpServletResponse officer = mvc.perform(get("/api/v1/surveys/" + survey + "/notes")
                .with(TestUsers.bawaslu("petugas").principal())).andReturn().getResponse();
        assertThat(officer.getStatus()).isEqualTo(403);
        MockHttpServletResponse page = mvc.perform(get("/surveys/" + survey + "/fgd")
                .with(TestUsers.bawaslu("petugas").principal())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        MockHttpServletResponse missing = call(get("/api/v1/surveys/987654/notes"));
        assertThat(missing.getStatus()).isEqualTo(404);
    }

    @Test
    void pageShowsCountsLinkingToTheNotesAndRefusesABadFormInPlace() throws Exception {
        long survey = survey();
        long kin = themeIds(survey).get("Kekerabatan");
        note(survey, "36.01", "camat", List.of(kin));
        String html = mvc.perform(get("/surveys/" + survey + "/fgd").with(TestUsers.analyst("analis").principal()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pandeglang").contains("camat")
                .contains("/surveys/" + survey + "/fgd?theme=" + kin + "&amp;region=36.01&amp;role=camat");

        MockHttpServletResponse refused = mvc.perform(post("/surveys/" + survey + "/fgd")
                .with(TestUsers.analyst("analis").principal()).with(csrf())
                .param("regionCode", "36.01").param("participantRole", "camat").param("heldOn", "")
                .param("text", "Teks yang tidak boleh hilang")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Tanggal diskusi wajib diisi")
                .contains("Teks yang tidak boleh hilang");
    }

    @Test
    void codebookFormsOnThePageAddRenameAndRetire() throws Exception {
        long survey = survey();
        String label = "Mobilisasi lewat grup percakapan " + survey;
        MockHttpServletResponse added = mvc.perform(post("/surveys/" + survey + "/fgd/tema")
                .with(TestUsers.analyst("analis").principal()).with(csrf()).param("label", label).param("labelEn", ""))
                .andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        long id = themeIds(survey).get(label);
        assertThat(audited("survey-theme.added", id)).isEqualTo(1);

        MockHttpServletResponse duplicate = mvc.perform(post("/surveys/" + survey + "/fgd/tema/" + id)
                .with(TestUsers.analyst("analis").principal()).with(csrf()).param("label", "Kekerabatan"))
                .andReturn().getResponse();
        assertThat(duplicate.getStatus()).isEqualTo(302);
        assertThat(String.valueOf(mvc.perform(post("/surveys/" + survey + "/fgd/tema/" + id)
                .with(TestUsers.analyst("analis").principal()).with(csrf()).param("label", "Kekerabatan"))
                .andReturn().getFlashMap().get("codebookError"))).contains("sudah ada dalam buku kode");
        assertThat(themeIds(survey)).containsKey(label);

        mvc.perform(post("/surveys/" + survey + "/fgd/tema/" + id + "/pensiun")
                .with(TestUsers.analyst("analis").principal()).with(csrf())).andReturn();
        assertThat(themeIds(survey)).doesNotContainKey(label);
        assertThat(audited("survey-theme.retired", id)).isEqualTo(1);
    }

    private long survey() throws Exception {
        MockHttpServletResponse created = call(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON)
                .content(SurveyApiIntegrationTests.INSTRUMENT));
        return ((Number) read(created, Map.class).get("id")).longValue();
    }

    private Map<String, Long> themeIds(long survey) throws Exception {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (Object t : read(call(get("/api/v1/surveys/" + survey + "/codebook")), List.class)) {
            Map<?, ?> theme = (Map<?, ?>) t;
            if (!(Boolean) theme.get("retired")) {
                ids.put((String) theme.get("label"), ((Number) theme.get("id")).longValue());
            }
        }
        return ids;
    }

    private void note(long survey, String region, String role, List<Long> themes) throws Exception {
        MockHttpServletResponse response = call(post("/api/v1/surveys/" + survey + "/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("regionCode", region, "participantRole", role,
                        "heldOn", "2021-10-14", "text", "Peserta menyebut tekanan untuk hadir di acara kampanye.",
                        "themeIds", themes))));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    }

    private static int groupIndex(List<?> groups, String region, String role) {
        for (int i = 0; i < groups.size(); i++) {
            Map<?, ?> g = (Map<?, ?>) groups.get(i);
            if (region.equals(g.get("regionCode")) && role.equals(g.get("participantRole"))) {
                return i;
            }
        }
        throw new AssertionError("no group " + region + " " + role + " in " + groups);
    }

    private int audited(String action, long subject) {
        return jdbc.sql("select count(*) from audit.entry where action = ? and subject_id = ?")
                .params(action, String.valueOf(subject)).query(Integer.class).single();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.analyst("analis").principal())).andReturn().getResponse();
    }

    private <T> T read(MockHttpServletResponse response, Class<T> type) throws Exception {
        return json.readValue(response.getContentAsString(), type);
    }
}
