// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import static id.netra.cases.importing.CaseImportClient.HEADER;
import static id.netra.cases.importing.CaseImportClient.freshSource;
import static id.netra.testing.TestUsers.ADMIN;
import static id.netra.testing.TestUsers.ANALYST;
import static id.netra.testing.TestUsers.BAWASLU_OFFICER;
import static id.netra.testing.TestUsers.PPK_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.analytics.rollup.RollupRecount;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers.TestUser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The historical case import on PostgreSQL, through the API: refused rows with their row number and an Indonesian
 * reason, idempotency on (source, external id), the dry run, the history replayed with its effective dates (and the
 * supervising authority they imply) and the XLSX path. Each test imports under a source code of its own.
 */
@NetraIntegrationTest
class CaseImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseImports imports;
    @Autowired
    RollupRecount recount;

    CaseImportClient client() {
        return new CaseImportClient(mvc);
    }

    @Test
    void unknownCodesAndImpossibleDates_areRowErrors_withTheRowNumberAndAnIndonesianReason() throws Exception {
        String source = freshSource("ERR");
        String csv = HEADER
                + "E-1,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,ADMINISTRATOR,ya,PNS,DS-2,,RECEIVED,,,,,,,\n"
                + "E-2,PILKADA-2099,2020-03-02,99.99,PEMKAB-36.01,GURU,mungkin,PNS,DS-2,,RECEIVED,,,,,,,\n"
                + "E-3,PILKADA-2020,2020-02-30,36.01,PEMKAB-36.01,,,,DS-2,,RECEIVED,,,,,,,\n"
                + "E-4,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,,,,DS-2,,RECOMMENDED,,,2020-02-01,,,,\n"
                + "E-5,PILKADA-2020,2031-01-01,36.01,PEMKAB-36.01,,,,XX-9,ALAT_PERAGA,RECEIVED,,,,,,,\n"
                + "E-6,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,,,,DS-2,,SANCTIONED,,,2020-03-10,,2020-04-01,,\n"
                + "E-7,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,,,,DS-2,ALAT_PERAGA,STOPPED,DUPLICATE,,,,,,\n"
                + "E-1,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,,,,DS-2,,RECEIVED,,,,,,,\n";

        JsonNode job = client().importCsv(source, csv, false);

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("totalRows").asInt()).isEqualTo(8);
        assertThat(job.get("createdCases").asInt()).isEqualTo(1);
        assertThat(job.get("refused").asInt()).isEqualTo(7);
        Map<Integer, List<String>> byRow = new java.util.TreeMap<>();
        job.get("errors").forEach(e -> byRow.computeIfAbsent(e.get("row").asInt(), r -> new java.util.ArrayList<>())
                .add(e.get("column").asString() + ": " + e.get("message").asString()));
        assertThat(byRow.keySet()).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(byRow.get(3)).anyMatch(m -> m.startsWith("election_code: Kode pemilihan PILKADA-2099 tidak dikenal"))
                .anyMatch(m -> m.startsWith("region_code: Kode wilayah 99.99 tidak dikenal"))
                .anyMatch(m -> m.startsWith("position_class: Kode GURU tidak dikenal"))
                .anyMatch(m -> m.startsWith("area_head: Isi ya atau tidak"));
        assertThat(byRow.get(4)).containsExactly("reported_on: Tanggal 2020-02-30 tidak terbaca; tulis tahun-bulan-hari,"
                + " misalnya 2020-06-26.");
        assertThat(byRow.get(5)).anyMatch(m -> m.startsWith("recommended_on: Tanggal 2020-02-01 sebelum reported_on"));
        assertThat(byRow.get(6)).anyMatch(m -> m.equals("reported_on: Tanggal 2031-01-01 belum terjadi."))
                .anyMatch(m -> m.startsWith("violation_code: Kode bentuk pelanggaran XX-9 tidak dikenal"));
        assertThat(byRow.get(7)).contains("decided_sanction: Wajib diisi untuk status Dijatuhi sanksi.",
                "decree_number: Wajib diisi untuk status Dijatuhi sanksi.");
        assertThat(byRow.get(8)).anyMatch(m -> m.startsWith("category_code: Kategori ALAT_PERAGA tidak mencakup"))
                .anyMatch(m -> m.startsWith("outcome_reason: Alasan DUPLICATE tidak berlaku untuk status Dihentikan"));
        assertThat(byRow.get(9)).containsExactly("external_id: ID asal E-1 sudah muncul di baris sebelumnya dalam"
                + " berkas ini.");
        assertThat(count(source)).isEqualTo(1);
    }

    @Test
    void importedCases_leaveTheRollupsEqualToAFullRecount() throws Exception {
        // other test classes may have written cases with plain SQL; start from a consistent state
        recount.repair();
        String source = freshSource("ROLL");
        String[] positions = {"FUNGSIONAL", "PELAKSANA", ""};
        String[] employment = {"PNS", "PPPK", ""};
        String[] states = {"RECEIVED", "FORWARDED", "RECEIVED"};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 120; i++) {
            // many cases share a cell, some cells are new, some already hold cases of the first import
            csv.append("R-").append(i).append(",PILKADA-2020,2020-03-").append(String.format("%02d", 2 + i % 20))
                    .append(",36.01,PEMKAB-36.01,").append(positions[i % 3]).append(',')
                    .append(i % 2 == 0 ? "tidak" : "").append(',').append(employment[i % 3 == 1 ? 1 : i % 5 == 0 ? 2 : 0]).append(",DS-2,,")
                    .append(states[i % 3]).append(",,,,,,,\n");
            if (i == 39) {
                assertThat(client().importCsv(source, csv.toString(), false).get("createdCases").asInt()).isEqualTo(40);
            }
        }

        JsonNode job = client().importCsv(source, csv.toString(), false);

        assertThat(job.get("createdCases").asInt()).isEqualTo(80);
        RollupRecount.Result result = recount.check();
        assertThat(result.consistent()).as("%s", result).isTrue();
        assertThat(jdbc.sql("select count(*) from analytics.case_rollup_member m join cases.case_file c"
                + " on c.id = m.case_id where c.import_source = :s").param("s", source).query(Long.class).single())
                .isEqualTo(120);
    }

    @Test
    void importingTheSameRowsAgain_createsNothingNew_andADryRunStoresNothing() throws Exception {
        String source = freshSource("IDEM");
        String csv = HEADER
                + "I-1,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,FUNGSIONAL,tidak,PNS,DS-2,,RECEIVED,,,,,,,\n"
                + "I-2,PILKADA-2020,2020-03-03,36.01,PEMKAB-36.01,PELAKSANA,tidak,PPPK,DS-7,,FORWARDED,,,,,,,\n";

        JsonNode dryRun = client().importCsv(source, csv, true);
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("createdCases").asInt()).isEqualTo(2);
        assertThat(count(source)).isZero();

        JsonNode first = client().importCsv(source, csv, false);
        assertThat(first.get("createdCases").asInt()).isEqualTo(2);
        JsonNode again = client().importCsv(source, csv + "I-3,PILKADA-2020,2020-03-04,36.01,PEMKAB-36.01,,,,,,"
                + "RECEIVED,,,,,,,\n", false);
        assertThat(again.get("createdCases").asInt()).isEqualTo(1);
        assertThat(again.get("alreadyImported").asInt()).isEqualTo(2);
        assertThat(count(source)).isEqualTo(3);

        JsonNode dryAgain = client().importCsv(source, csv, true);
        assertThat(dryAgain.get("createdCases").asInt()).isZero();
        assertThat(dryAgain.get("alreadyImported").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where action = 'case.import-batch' and actor = 'bkn-officer'
                   and subject_id = :job""").param("job", again.get("id").asString()).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct import_batch_id) from cases.case_file where import_source = :s")
                .param("s", source).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aJobLeftRunningByARestart_isMarkedInterruptedAtStart_andTheSameFileResumesWithoutDuplicates()
            throws Exception {
        String source = freshSource("RESUME");
        String firstRows = "R-1,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,FUNGSIONAL,tidak,PNS,DS-2,,RECEIVED,,,,,,,\n"
                + "R-2,PILKADA-2020,2020-03-03,36.01,PEMKAB-36.01,PELAKSANA,tidak,PPPK,DS-7,,FORWARDED,,,,,,,\n";
        String file = HEADER + firstRows
                + "R-3,PILKADA-2020,2020-03-04,36.01,PEMKAB-36.01,,,,DS-2,,RECEIVED,,,,,,,\n";
        // the first batch of the interrupted job committed; then the application stopped with the job RUNNING
        client().importCsv(source, HEADER + firstRows, false);
        java.util.UUID stale = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into cases.case_import_job (id, source_system, file_name, dry_run, status, total_rows,
                                                   processed, created_cases, created_by, created_at)
                values (:id, :source, 'kasus.csv', false, 'RUNNING', 3, 2, 2, 'bkn-officer', now())""")
                .param("id", stale).param("source", source).update();

        assertThat(imports.recoverInterrupted()).isGreaterThanOrEqualTo(1);

        JsonNode job = client().waitFor(stale.toString());
        assertThat(job.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(job.get("failure").asString()).isEqualTo("Terhenti karena aplikasi dimulai ulang: 2 baris sudah"
                + " diproses dan 2 perkara sudah tersimpan. Unggah ulang berkas yang sama untuk melanjutkan; baris"
                + " yang sudah diimpor dilewati.");
        assertThat(job.get("finishedAt").isNull()).isFalse();
        assertThat(imports.recoverInterrupted()).as("a job is marked once").isZero();

        JsonNode resumed = client().importCsv(source, file, false);
        assertThat(resumed.get("status").asString()).isEqualTo("DONE");
        assertThat(resumed.get("createdCases").asInt()).isEqualTo(1);
        assertThat(resumed.get("alreadyImported").asInt()).isEqualTo(2);
        assertThat(count(source)).isEqualTo(3);
        assertThat(jdbc.sql("select count(distinct external_id) from cases.case_file where import_source = :s")
                .param("s", source).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from cases.case_transition t join cases.case_file f on f.id = t.case_id
                 where f.import_source = :s and t.action = 'OPEN'""").param("s", source).query(Integer.class)
                .single()).as("one opening a case, none doubled").isEqualTo(3);
    }

    @Test
    void history_followsTheEffectiveDates_andTheSupervisingAuthorityFollowsThem() throws Exception {
        String source = freshSource("HIST");
        String csv = HEADER
                // forwarded to KASN in August 2024, still at the PPK when KASN's functions passed to BKN
                + "H-1,PILKADA-2024,2024-08-20,36.01,PEMKAB-36.01,ADMINISTRATOR,ya,PNS,DS-2,,RECOMMENDED,,"
                + "2024-08-26,2024-09-10,,,,\n"
                // a 2020 case, decided under KASN's supervision long before the handover
                + "H-2,PILKADA-2020,2020-06-01,36.01,PEMKAB-36.01,JPT_PRATAMA,tidak,PNS,DS-3,DEKLARASI_DIRI,"
                + "SANCTIONED,,,2020-06-15,SEDANG,2020-08-03,PP53-2010/SEDANG-1,800/123/2020\n"
                // forwarded after the handover: BKN from the start
                + "H-3,PILKADA-2024,2024-09-05,36.01,PEMKAB-36.01,,,,DS-2,,UNDER_VERIFICATION,,,,,,,\n";

        JsonNode job = client().importCsv(source, csv, false);
        assertThat(job.get("createdCases").asInt()).as(job.toString()).isEqualTo(3);

        JsonNode h1 = caseOf(source, "H-1");
        assertThat(h1.get("state").asString()).isEqualTo("RECOMMENDED");
        assertThat(h1.get("supervisingAuthority").asString()).isEqualTo("BKN");
        assertThat(timeline(h1)).containsExactly("OPEN 2024-08-20", "FORWARD 2024-08-26", "VERIFY 2024-08-26",
                "HANDOVER 2024-09-04", "RECOMMEND 2024-09-10");
        assertThat(holders(h1)).containsExactly("BAWASLU", "KASN", "BKN", "PPK");
        assertThat(h1.get("deadlineStage").asString()).isEqualTo("PPK_FOLLOW_UP");
        assertThat(LocalDate.parse(h1.get("deadline").asString())).isAfter(LocalDate.of(2024, 9, 10));

        JsonNode h2 = caseOf(source, "H-2");
        assertThat(h2.get("state").asString()).isEqualTo("SANCTIONED");
        assertThat(h2.get("supervisingAuthority").asString()).isEqualTo("KASN");
        assertThat(h2.get("categoryCode").asString()).isEqualTo("DEKLARASI_DIRI");
        assertThat(timeline(h2)).containsExactly("OPEN 2020-06-01", "FORWARD 2020-06-01", "VERIFY 2020-06-01",
                "RECOMMEND 2020-06-15", "DECIDE 2020-08-03");
        assertThat(h2.get("decision").get("decreeNumber").asString()).isEqualTo("800/123/2020");
        assertThat(h2.get("decision").get("skbMappingApplicable").asBoolean()).isFalse();
        assertThat(h2.get("number").asString()).startsWith("NTR-2020-");

        JsonNode h3 = caseOf(source, "H-3");
        assertThat(h3.get("supervisingAuthority").asString()).isEqualTo("BKN");
        assertThat(timeline(h3)).containsExactly("OPEN 2024-09-05", "FORWARD 2024-09-05", "VERIFY 2024-09-05");

        Map<String, Object> person = jdbc.sql("""
                select position_class, area_head, employment_type, recommended_on, decided_on, report_id
                  from cases.case_file where import_source = :s and external_id = 'H-2'""")
                .param("s", source).query().singleRow();
        assertThat(person).containsEntry("position_class", "JPT_PRATAMA").containsEntry("area_head", false)
                .containsEntry("employment_type", "PNS");
        assertThat(person.get("recommended_on").toString()).isEqualTo("2020-06-15");
        assertThat(person.get("decided_on").toString()).isEqualTo("2020-08-03");
    }

    @Test
    void anXlsxFile_isReadWithItsDateCells() throws Exception {
        String source = freshSource("XLSX");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Netra", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Kasus");
            String[] header = HEADER.strip().split(",");
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            sheet.value(1, 0, "X-1");
            sheet.value(1, 1, "PILKADA-2020");
            sheet.value(1, 2, LocalDate.of(2020, 5, 4));
            sheet.value(1, 3, "36.01");
            sheet.value(1, 4, "PEMKAB-36.01");
            sheet.value(1, 8, "DS-2");
            sheet.value(1, 10, "RECOMMENDED");
            sheet.value(1, 13, LocalDate.of(2020, 6, 2));
            sheet.value(2, 0, "X-2");
            sheet.value(2, 1, "PILKADA-2020");
            sheet.value(2, 2, "kemarin");
            sheet.value(2, 3, "36.01");
            sheet.value(2, 4, "PEMKAB-36.01");
            sheet.value(2, 10, "RECEIVED");
        }

        JsonNode job = client().importFile(source, "kasus.xlsx", out.toByteArray(), false);

        assertThat(job.get("createdCases").asInt()).isEqualTo(1);
        assertThat(job.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(job.get("errors").get(0).get("column").asString()).isEqualTo("reported_on");
        JsonNode x1 = caseOf(source, "X-1");
        // still waiting for the PPK when KASN's functions passed to BKN
        assertThat(timeline(x1)).containsExactly("OPEN 2020-05-04", "FORWARD 2020-05-04", "VERIFY 2020-05-04",
                "RECOMMEND 2020-06-02", "HANDOVER 2024-09-04");
    }

    @Test
    void theFileIsCheckedBeforeTheJob_andOnlyAdminsAndBknOfficersImport() throws Exception {
        mvc.perform(multipart("/api/v1/import/cases").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "external_id,state\nA,RECEIVED\n".getBytes(StandardCharsets.UTF_8))).param("source", "SBT")
                        .with(ADMIN.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("election_code")));
        mvc.perform(multipart("/api/v1/import/cases").file(new MockMultipartFile("file", "a.xlsx", "text/csv",
                        new byte[] {'P', 'K', 3, 4, 1, 2})).param("source", "SBT").with(ADMIN.basic()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/api/v1/import/cases").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        HEADER.getBytes(StandardCharsets.UTF_8))).param("source", "bukan kode!").with(ADMIN.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("case.import.source-invalid"));
        for (TestUser user : List.of(PPK_OFFICER, ANALYST, BAWASLU_OFFICER)) {
            mvc.perform(multipart("/api/v1/import/cases").file(new MockMultipartFile("file", "a.csv", "text/csv",
                            HEADER.getBytes(StandardCharsets.UTF_8))).param("source", "SBT").with(user.basic()))
                    .andExpect(status().isForbidden());
        }
        // the raw body path, for files beyond the multipart limit
        String source = freshSource("RAW");
        String body = mvc.perform(post("/api/v1/import/cases").param("source", source).param("dryRun", "true")
                        .contentType(MediaType.parseMediaType("text/csv")).with(ADMIN.basic())
                        .content(HEADER + "R-1,PILKADA-2020,2020-03-02,36.01,PEMKAB-36.01,,,,,,RECEIVED,,,,,,,\n"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String jobId = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("jobId").asString();
        assertThat(client().waitFor(jobId).get("createdCases").asInt()).isEqualTo(1);
    }

    private int count(String source) {
        return jdbc.sql("select count(*) from cases.case_file where import_source = :s").param("s", source)
                .query(Integer.class).single();
    }

    private JsonNode caseOf(String source, String externalId) throws Exception {
        long id = jdbc.sql("select id from cases.case_file where import_source = :s and external_id = :e")
                .param("s", source).param("e", externalId).query(Long.class).single();
        String body = mvc.perform(get("/api/v1/cases/" + id).with(ADMIN.basic())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
    }

    private static List<String> timeline(JsonNode c) {
        return StreamSupport.stream(c.get("timeline").spliterator(), false)
                .map(t -> t.get("action").asString().toUpperCase().replace('-', '_') + " "
                        + t.get("effectiveOn").asString())
                .toList();
    }

    private static List<String> holders(JsonNode c) {
        return StreamSupport.stream(c.get("custody").spliterator(), false)
                .map(h -> h.get("type").asString()).toList();
    }
}
