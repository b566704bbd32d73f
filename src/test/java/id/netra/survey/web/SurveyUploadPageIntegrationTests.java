// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.netra.survey.instrument.QuestionKind;
import id.netra.survey.instrument.StoredSurvey;
import id.netra.survey.instrument.SurveyStore;
import id.netra.survey.upload.SurveyUploads;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload pages on PostgreSQL: an XLSForm becomes a survey, a KoboToolbox export is imported through a job whose
 * summary names the rows refused and the identifier columns dropped, bad files are refused in Indonesian without a 5xx,
 * a failed import leaves the earlier respondents as they were, jobs outlive a page reload and a restart, and only those
 * who manage surveys may upload, with the form's CSRF token.
 */
@NetraIntegrationTest
class SurveyUploadPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired SurveyStore store;
    @Autowired SurveyUploads uploads;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    static RequestPostProcessor analyst() {
        return TestUsers.analyst("analis").principal();
    }

    @Test
    void anXlsFormBecomesASurveyWhoseUploadPageListsItsQuestions() throws Exception {
        MockHttpServletResponse created = mvc.perform(multipart("/surveys/baru")
                .file(new MockMultipartFile("file", "netralitas_asn.xlsx", null, xlsForm()))
                .param("title", "").with(analyst()).with(csrf())).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        assertThat(location).matches("/surveys/\\d+/unggah");
        long id = Long.parseLong(location.split("/")[2]);
        StoredSurvey survey = store.get(id);
        assertThat(survey.instrument().title()).isEqualTo("Survei netralitas ASN uji");
        assertThat(survey.instrument().questions()).extracting(q -> q.code() + ":" + q.kind())
                .containsExactly("c:" + QuestionKind.MULTI, "infl:" + QuestionKind.SINGLE,
                        "netral:" + QuestionKind.LIKERT, "usia:" + QuestionKind.NUMERIC);
        assertThat(survey.instrument().questions().get(0).labelEn()).isEqualTo("Causes");

        String page = page("/surveys/" + id + "/unggah");
        assertThat(page).contains("Unggah jawaban survei").contains("Pilihan ganda").contains("Skala bertingkat")
                .contains("kin, career, pressure").contains("name=\"_csrf\"");
    }

    @Test
    void aKoboExportIsImportedAndItsSummaryNamesRefusedRowsAndDroppedIdentifiers() throws Exception {
        long id = survey();
        String csv = SurveyApiIntegrationTests.koboCsv() + "uuid-x;Responden x;P1;R11;120;1;kin;1;0;0;bos\n";
        MockHttpServletResponse started = upload(id, "kobo.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.getStatus()).isEqualTo(302);
        String jobPage = started.getRedirectedUrl();
        assertThat(jobPage).matches("/surveys/" + id + "/unggah/[0-9a-f-]{36}");

        String page = page(jobPage);
        assertThat(page).contains("kobo.csv").contains("Selesai").contains("value=\"100\"")
                .contains("Responden baru yang disimpan").contains("<td>24</td>")
                .contains("identitas/nama").contains("_uuid")
                // the refused row: 25th data row = row 26 of the spreadsheet, with the reason in Indonesian
                .contains("<td>26</td>").contains("kelompok/infl")
                .contains("Jawaban &quot;bos&quot; tidak ada dalam pilihan pertanyaan infl.")
                .contains("Lihat hasil survei").doesNotContain("hx-trigger");
        assertThat(store.get(id).respondents()).isEqualTo(24);
        assertThat(page("/surveys/" + id + "/unggah")).contains("kobo.csv").contains("Selesai");
        assertThat(page("/surveys/" + id)).contains("Ikatan persaudaraan");
    }

    @Test
    void throughHtmxTheUploadAnswersWithTheProgressFragmentAndTheJobPageForHistory() throws Exception {
        long id = survey();
        MockHttpServletResponse fragment = mvc.perform(multipart("/surveys/" + id + "/unggah")
                .file(new MockMultipartFile("file", "kobo.csv", "text/csv",
                        SurveyApiIntegrationTests.koboCsv().getBytes(StandardCharsets.UTF_8)))
                .header("HX-Request", "true").with(analyst()).with(csrf())).andReturn().getResponse();
        assertThat(fragment.getStatus()).isEqualTo(200);
        assertThat(fragment.getHeader("HX-Push-Url")).matches("/surveys/" + id + "/unggah/[0-9a-f-]{36}");
        String body = fragment.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<section id=\"survey-upload-progress\"").contains("Selesai")
                .doesNotContain("<html");

        MockHttpServletResponse refused = mvc.perform(multipart("/surveys/" + id + "/unggah")
                .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", "%PDF-1.7\n...".getBytes()))
                .header("HX-Request", "true").with(analyst()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Berkas laporan.pdf ditolak")
                .contains("bukan CSV atau XLSX").doesNotContain("<html");
    }

    @Test
    void badFilesAreRefusedInIndonesianAndNeverWithA5xx() throws Exception {
        long id = survey();
        Map<String, byte[]> files = Map.of(
                "laporan.pdf", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1),
                "lama.xls", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0},
                "kosong.csv", new byte[0],
                "judul-saja.csv", "kelompok/infl;kelompok/c\n".getBytes(StandardCharsets.UTF_8),
                "lain.csv", "nama_sekolah;jumlah_murid\nSD 1;200\n".getBytes(StandardCharsets.UTF_8),
                "xlsform.xlsx", xlsForm());
        Map<String, String> reasons = Map.of(
                "laporan.pdf", "bukan CSV atau XLSX",
                "lama.xls", "format Excel lama (.xls)",
                "kosong.csv", "Berkas kosong atau tidak dikirim",
                "judul-saja.csv", "hanya berisi baris judul kolom",
                "lain.csv", "Tidak ada kolom dalam berkas ini yang cocok dengan pertanyaan survei ini",
                "xlsform.xlsx", "Kolom yang diharapkan antara lain: c, infl");
        for (var file : files.entrySet()) {
            MockHttpServletResponse response = upload(id, file.getKey(), file.getValue());
            assertThat(response.getStatus()).as(file.getKey()).isEqualTo(422);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(file.getKey())
                    .contains(reasons.get(file.getKey())).contains("aria-invalid=\"true\"");
        }

        byte[] large = new byte[(int) uploads.maxSize().toBytes() + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        MockHttpServletResponse tooLarge = upload(id, "besar.csv", large);
        assertThat(tooLarge.getStatus()).isEqualTo(422);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("Berkas berukuran 20,1 MB, melebihi batas 20 MB");

        MockHttpServletResponse unknown = mvc.perform(multipart("/surveys/999999/unggah")
                .file(new MockMultipartFile("file", "kobo.csv", "text/csv", "a\n1\n".getBytes()))
                .accept(MediaType.TEXT_HTML).with(analyst()).with(csrf())).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("tidak ditemukan");
        MockHttpServletResponse unknownPage = mvc.perform(get("/surveys/999999/unggah").accept(MediaType.TEXT_HTML)
                .with(analyst())).andReturn().getResponse();
        assertThat(unknownPage.getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/surveys/" + id + "/unggah/bukan-uuid").accept(MediaType.TEXT_HTML)
                .with(analyst())).andReturn().getResponse().getStatus()).isEqualTo(404);

        MockHttpServletResponse notXlsx = mvc.perform(multipart("/surveys/baru")
                .file(new MockMultipartFile("file", "formulir.csv", "text/csv", "type,name\n".getBytes()))
                .with(analyst()).with(csrf())).andReturn().getResponse();
        assertThat(notXlsx.getStatus()).isEqualTo(422);
        assertThat(notXlsx.getContentAsString(StandardCharsets.UTF_8)).contains("buku kerja Excel .xlsx");
        assertThat(store.get(id).respondents()).isZero();
    }

    @Test
    void aFailedImportLeavesTheEarlierRespondentsAsTheyWere() throws Exception {
        long id = survey();
        upload(id, "pertama.csv", SurveyApiIntegrationTests.koboCsv().getBytes(StandardCharsets.UTF_8));
        assertThat(store.get(id).respondents()).isEqualTo(24);
        String before = answers(id);

        // every row refused: the job fails, says why, and lists the rows
        String refusedJob = upload(id, "salah.csv", "kelompok/infl\nbos\nbukan\n".getBytes(StandardCharsets.UTF_8))
                .getRedirectedUrl();
        assertThat(page(refusedJob)).contains("Gagal").contains("Tidak ada baris yang dapat disimpan: 2 baris ditolak")
                .contains("survei ini tetap memiliki 24 responden").contains("<td>3</td>");

        // the database refuses the 6,001st new respondent, after a first batch of 5,000 was written: all or nothing
        jdbc.sql("""
                create function survey.test_refuse_write() returns trigger language plpgsql as $$
                begin
                  if new.survey_id = %d and new.row_number > 24 + 6000 then
                    raise exception 'disk full (test)';
                  end if;
                  return new;
                end $$""".formatted(id)).update();
        jdbc.sql("create trigger test_refuse_write before insert on survey.respondent for each row "
                + "execute function survey.test_refuse_write()").update();
        try {
            StringBuilder csv = new StringBuilder("desain/w;kelompok/infl;kelompok/c\n");
            for (int i = 0; i < 7_000; i++) {
                csv.append("10;atasan;kin\n");
            }
            String job = upload(id, "besar.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).getRedirectedUrl();
            Map<?, ?> status = awaitJob(id, job.substring(job.lastIndexOf('/') + 1));
            assertThat(status.get("state")).isEqualTo("failed");
            assertThat((String) status.get("error")).contains("tidak ada jawaban yang disimpan");
            assertThat(page(job)).contains("Gagal").contains("survei ini tetap memiliki 24 responden")
                    .doesNotContain("Lihat hasil survei");
        } finally {
            jdbc.sql("drop trigger test_refuse_write on survey.respondent").update();
            jdbc.sql("drop function survey.test_refuse_write()").update();
        }
        assertThat(store.get(id).respondents()).isEqualTo(24);
        assertThat(answers(id)).isEqualTo(before);
    }

    @Test
    void aLargeUploadRunsInTheBackgroundAndAReloadFindsItsProgressThenItsSummary() throws Exception {
        long id = survey();
        StringBuilder csv = new StringBuilder("desain/w;kelompok/infl;kelompok/c;identitas/nama\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append(10 + i % 7).append(i % 3 == 0 ? ";atasan;kin career" : ";kolega;pressure").append(";Nama ")
                    .append(i).append('\n');
        }
        String job = upload(id, "besar.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).getRedirectedUrl();
        String first = page(job);
        assertThat(first).contains("besar.csv").contains("30.000");
        String jobId = job.substring(job.lastIndexOf('/') + 1);
        assertThat(awaitJob(id, jobId).get("state")).isEqualTo("done");
        // a reload, as a new request reading the database
        assertThat(page(job)).contains("Selesai").contains("<td>30.000</td>").contains("identitas/nama");
        assertThat(page(job + "/kemajuan")).startsWith("<section id=\"survey-upload-progress\"")
                .doesNotContain("hx-get");
    }

    @Test
    void aJobCutOffByARestartIsMarkedInterruptedWithAPlainMessage() throws Exception {
        long id = survey();
        UUID left = UUID.randomUUID();
        // what a server that stopped mid-upload leaves behind: a running job of another process
        jdbc.sql("""
                insert into survey.upload_job (id, survey_id, file_name, status, total_rows, processed_rows, runner,
                                               created_by, created_at)
                values (?, ?, 'terputus.csv', 'RUNNING', 50000, 12000, ?, 'analis', now())""")
                .params(left, id, UUID.randomUUID()).update();
        String running = page("/surveys/" + id + "/unggah/" + left);
        assertThat(running).contains("Sedang diproses").contains("12.000 dari 50.000").contains("hx-trigger");

        assertThat(uploads.interruptLeftovers()).isGreaterThanOrEqualTo(1);

        String page = page("/surveys/" + id + "/unggah/" + left);
        assertThat(page).contains("Terhenti").contains("server dimulai ulang sebelum selesai")
                .contains("unggah ulang berkasnya").doesNotContain("hx-trigger");
        Map<?, ?> status = status(id, left.toString());
        assertThat(status.get("state")).isEqualTo("interrupted");
        assertThat((String) status.get("error")).contains("server dimulai ulang");
        assertThat(page("/surveys/" + id + "/unggah")).contains("terputus.csv").contains("Terhenti");
    }

    @Test
    void onlyThoseWhoManageSurveysMayUploadAndTheFormNeedsItsToken() throws Exception {
        long id = survey();
        RequestPostProcessor officer = TestUsers.ppk("ppk").principal();
        assertThat(mvc.perform(get("/surveys/" + id + "/unggah").with(officer)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/surveys/baru").with(officer)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        byte[] csv = SurveyApiIntegrationTests.koboCsv().getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.perform(multipart("/surveys/" + id + "/unggah")
                .file(new MockMultipartFile("file", "kobo.csv", "text/csv", csv)).with(officer).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/surveys/" + id + "/unggah")
                .file(new MockMultipartFile("file", "kobo.csv", "text/csv", csv)).with(analyst()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/surveys/baru")
                .file(new MockMultipartFile("file", "f.xlsx", null, xlsForm())).with(officer).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(store.get(id).respondents()).isZero();
        assertThat(mvc.perform(get("/surveys/" + id + "/unggah").with(TestUsers.admin("admin").principal())).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aSyntheticSurveyTakesNoRealAnswers() throws Exception {
        long id = store.create(new id.netra.survey.instrument.Instrument("Survei demo uji", null, List.of(
                new id.netra.survey.instrument.Question("q", QuestionKind.SINGLE, "Pertanyaan", null, null, List.of(
                        new id.netra.survey.instrument.Choice("a", "Ya", null, null),
                        new id.netra.survey.instrument.Choice("b", "Tidak", null, null))))), "sistem", true);
        MockHttpServletResponse refused = upload(id, "q.csv", "q\na\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("data sintetis");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private long survey() throws Exception {
        MockHttpServletResponse created = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.post("/api/v1/surveys").with(analyst())
                .contentType(MediaType.APPLICATION_JSON).content(SurveyApiIntegrationTests.INSTRUMENT))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        return ((Number) json.readValue(created.getContentAsString(), Map.class).get("id")).longValue();
    }

    private MockHttpServletResponse upload(long id, String name, byte[] content) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/surveys/" + id + "/unggah");
        request.file(new MockMultipartFile("file", name, null, content));
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(analyst()).with(csrf())).andReturn()
                .getResponse();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(analyst()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String answers(long id) {
        return String.join("\n", jdbc.sql("select row_number || ' ' || answers::text from survey.respondent "
                + "where survey_id = ? order by row_number").param(id).query(String.class).list());
    }

    private Map<?, ?> status(long id, String jobId) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/surveys/" + id + "/responses/jobs/" + jobId)
                .with(analyst())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readValue(response.getContentAsString(StandardCharsets.UTF_8), Map.class);
    }

    private Map<?, ?> awaitJob(long id, String jobId) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            Map<?, ?> status = status(id, jobId);
            if (!"running".equals(status.get("state"))) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload job " + jobId + " did not finish");
    }

    /** An XLSForm as KoboToolbox writes it: survey, choices and settings sheets, labels in two languages. */
    static byte[] xlsForm() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Netra", "1.0");
        Worksheet survey = workbook.newWorksheet("survey");
        String[][] questions = {
            {"type", "name", "label::Bahasa Indonesia (id)", "label::English (en)"},
            {"start", "start", "", ""},
            {"begin_group", "kelompok", "Netralitas", "Neutrality"},
            {"select_multiple penyebab", "c", "Penyebab ketidaknetralan", "Causes"},
            {"select_one pengaruh", "infl", "Yang memengaruhi", "Who influenced"},
            {"select_one likert5", "netral", "ASN harus netral", "Civil servants must be neutral"},
            {"integer", "usia", "Usia", "Age"},
            {"end_group", "", "", ""},
            {"note", "terima_kasih", "Terima kasih", "Thank you"}};
        write(survey, questions);
        Worksheet choices = workbook.newWorksheet("choices");
        write(choices, new String[][] {
            {"list_name", "name", "label::Bahasa Indonesia (id)", "label::English (en)"},
            {"penyebab", "kin", "Ikatan persaudaraan", "Kinship"},
            {"penyebab", "career", "Karier", "Career"},
            {"penyebab", "pressure", "Tekanan", "Pressure"},
            {"pengaruh", "atasan", "Atasan", "Superior"},
            {"pengaruh", "keluarga", "Keluarga", "Family"},
            {"pengaruh", "kolega", "Kolega", "Colleague"},
            {"pengaruh", "tidak_ada", "Tidak ada", "Nobody"},
            {"likert5", "sts", "Sangat tidak setuju", "Strongly disagree"},
            {"likert5", "ts", "Tidak setuju", "Disagree"},
            {"likert5", "n", "Ragu-ragu", "Neutral"},
            {"likert5", "s", "Setuju", "Agree"},
            {"likert5", "ss", "Sangat setuju", "Strongly agree"}});
        write(workbook.newWorksheet("settings"), new String[][] {{"form_title", "form_id"},
            {"Survei netralitas ASN uji", "netralitas_uji"}});
        workbook.finish();
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
        }
    }
}
