// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import static id.netra.testing.TestUsers.BAWASLU_OFFICER;
import static id.netra.testing.TestUsers.PPK_OFFICER;
import static id.netra.testing.TestUsers.SATGAS_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.ReportReceived;
import id.netra.intake.support.IntakeTables;
import id.netra.intake.support.Reports;
import id.netra.testing.ZipBombs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@IntakeIntegrationTest
class ImportIntegrationTests {

    static final String HEADER = "external_id;election_code;region_code;occurred_on;violation_code;place;description;"
            + "person_name;person_nip;agency_name;position_class\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Three reports, one naming two persons, and three refused rows; ids unique to this run. */
    static String mixedCsv(String prefix) {
        return "\uFEFF" + HEADER
                + prefix + "-1;PILKADA-2024;36.01;2024-10-01;DS-2;Balai desa;Camat mengajak kepala desa mendukung calon.;"
                + "Ahmad " + prefix + ";198501012010011001;Pemerintah Kabupaten Pandeglang;ADMINISTRATOR\n"
                + prefix + "-1;PILKADA-2024;36.01;2024-10-01;;;;Siti " + prefix + ";;Pemerintah Kabupaten Pandeglang;"
                + "PELAKSANA\n"
                + prefix + "-2;PILKADA-2024;36.71;2024-10-03;NOT_SURE;;\"Guru berfoto dengan calon; pose jari.\";"
                + "Budi " + prefix + ";;Pemerintah Kota Tangerang;FUNGSIONAL\n"
                + prefix + "-3;PILKADA-2024;99.99;2024-10-03;DS-2;;Uraian yang cukup panjang untuk diterima.;"
                + "Citra " + prefix + ";12345;Pemerintah Kota Tangerang;GURU\n"
                + ";PILKADA-2024;36.01;2024-10-03;DS-2;;Baris tanpa nomor di sistem asal, ditolak.;Dodi;;BKN;\n"
                + prefix + "-5;PILKADA-2024;36.01;besok;DS-2;;Tanggal kejadian ditulis dengan kata.;Euis " + prefix
                + ";;BKN;\n";
    }

    private MockMultipartHttpServletRequestBuilder upload(String name, byte[] content, boolean dryRun) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports");
        request.file(new MockMultipartFile("file", name, "text/csv", content));
        return (MockMultipartHttpServletRequestBuilder) request.param("source", "SP4N_LAPOR")
                .param("dryRun", Boolean.toString(dryRun));
    }

    @Test
    void dryRun_listsEveryRowsProblemsAndStoresNothing() throws Exception {
        String prefix = "DRY" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> before = IntakeTables.counts(jdbc);

        mvc.perform(upload("ekspor.csv", mixedCsv(prefix).getBytes(StandardCharsets.UTF_8), true)
                .with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalRecords").value(5))
                .andExpect(jsonPath("$.validRecords").value(2))
                .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'region_code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'person_nip')].message")
                        .value(Matchers.hasItem("NIP harus terdiri dari 18 angka.")))
                .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'position_class')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == 'external_id')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 7 && @.column == 'occurred_on')]").exists());

        assertThat(IntakeTables.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void import_createsTheValidReportsOnceAndAgainChangesNothing() throws Exception {
        String prefix = "IMP" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = mixedCsv(prefix).getBytes(StandardCharsets.UTF_8);

        JsonNode first = runToTheEnd(file);

        assertThat(first.get("createdReports").asInt()).isEqualTo(2);
        assertThat(first.get("refused").asInt()).isEqualTo(3);
        assertThat(first.get("errors").size()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from intake.reported_person p join intake.report r on r.id = p.report_id
                 where r.source_system = 'SP4N_LAPOR' and r.external_id = :id and r.channel = 'IMPORT'""")
                .param("id", prefix + "-1").query(Integer.class).single()).isEqualTo(2);
        UUID reportId = jdbc.sql("select id from intake.report where external_id = :id").param("id", prefix + "-1")
                .query(UUID.class).single();
        // the import publishes from a worker thread, which @RecordApplicationEvents does not see; the Event
        // Publication Registry does, with one row per listener (each with its own timestamp): count one listener's
        assertThat(jdbc.sql("""
                select count(*) from event_publication where event_type = :type
                   and listener_id like '%DuplicateDetection%' and serialized_event like :id""")
                .param("type", ReportReceived.class.getName()).param("id", "%" + reportId + "%")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from intake.receipt where report_id = :id").param("id", reportId)
                .query(Integer.class).single()).isZero();

        JsonNode again = runToTheEnd(file);

        assertThat(again.get("createdReports").asInt()).isZero();
        assertThat(again.get("alreadyImported").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from intake.report where external_id like :prefix")
                .param("prefix", prefix + "-%").query(Integer.class).single()).isEqualTo(2);
    }

    private JsonNode runToTheEnd(byte[] file) throws Exception {
        String accepted = mvc.perform(upload("ekspor.csv", file, false).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String jobId = Reports.JSON.readTree(accepted).get("jobId").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> !job(jobId).get("status").asString().equals("RUNNING"));
        JsonNode job = job(jobId);
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("processed").asInt()).isEqualTo(job.get("totalRecords").asInt());
        return job;
    }

    private JsonNode job(String jobId) throws Exception {
        return Reports.JSON.readTree(mvc.perform(get("/api/v1/imports/" + jobId).with(SATGAS_VERIFIER.basic()))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void xlsxWithDateCells_isReadLikeCsv() throws Exception {
        String prefix = "XL" + UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Netra", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Laporan");
            String[] header = {"External ID", "Election Code", "Region Code", "Occurred On", "Description",
                "Person Name", "Agency Code", "Person NIP"};
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            sheet.value(1, 0, prefix);
            sheet.value(1, 1, "PEMILU-2024");
            sheet.value(1, 2, "36.01");
            sheet.value(1, 3, LocalDate.of(2024, 1, 20));
            sheet.value(1, 4, "Kepala sekolah mengarahkan guru memilih calon legislatif tertentu.");
            sheet.value(1, 5, "Rahmat " + prefix);
            sheet.value(1, 6, "PEMKAB-36.01");
            sheet.value(1, 7, "198501012010011001");
        }

        mvc.perform(upload("ekspor.xlsx", out.toByteArray(), true).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalRecords").value(1))
                .andExpect(jsonPath("$.validRecords").value(1))
                .andExpect(jsonPath("$.errors").isEmpty());
    }

    @Test
    void missingColumnsOrGarbage_refuseTheWholeFile() throws Exception {
        mvc.perform(upload("a.csv", "external_id,description\nX,uraian\n".getBytes(StandardCharsets.UTF_8), true)
                        .with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("election_code")));
        mvc.perform(upload("a.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, true).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("intake.import.unreadable"));
    }

    /** Issue 8, finding 1: 600 MiB in one inline cell, a 600 KB upload, used to end in OutOfMemoryError. */
    @Test
    void zipBomb_isRefusedWithAReasonAndTheServerGoesOn() throws Exception {
        Map<String, Long> before = IntakeTables.counts(jdbc);

        mvc.perform(upload("bom.xlsx", ZipBombs.xlsxWithRepeatedCell(600L * 1024 * 1024), true)
                .with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("problem.spreadsheet.compression"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("dimampatkan secara tidak wajar")));

        assertThat(IntakeTables.counts(jdbc)).isEqualTo(before);
        mvc.perform(upload("a.csv", mixedCsv("AB").getBytes(StandardCharsets.UTF_8), true)
                .with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalRecords").value(5));
    }

    @Test
    void aCellOfMebibytes_isThatRowsErrorNotACrash() throws Exception {
        mvc.perform(upload("panjang.xlsx", ZipBombs.xlsxWithRandomCell(3L * 1024 * 1024), true)
                .with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalRecords").value(1))
                .andExpect(jsonPath("$.validRecords").value(0))
                .andExpect(jsonPath("$.errors[?(@.column == 'description')]").isNotEmpty());
    }

    @Test
    void onlyNationalHandlers_import() throws Exception {
        byte[] file = mixedCsv("NO").getBytes(StandardCharsets.UTF_8);

        mvc.perform(upload("a.csv", file, true).with(BAWASLU_OFFICER.basic())).andExpect(status().isForbidden());
        mvc.perform(upload("a.csv", file, true).with(PPK_OFFICER.basic())).andExpect(status().isForbidden());
        mvc.perform(upload("a.csv", file, true)).andExpect(status().isUnauthorized());
    }

    @Test
    void importPage_showsTheDryRunAndTheJobWithItsProgressBar() throws Exception {
        String prefix = "UI" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = mixedCsv(prefix).getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/intake/imports").file(new MockMultipartFile("file", "e.csv", "text/csv", file))
                        .param("source", "SBT").param("dryRun", "true").with(SATGAS_VERIFIER.basic()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("NIP harus terdiri dari 18 angka.")));
        String location = mvc.perform(multipart("/intake/imports")
                        .file(new MockMultipartFile("file", "e.csv", "text/csv", file))
                        .param("source", "SBT").with(SATGAS_VERIFIER.basic()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<progress")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(location + "/progress").with(SATGAS_VERIFIER.basic()))
                        .andExpect(content().string(Matchers.containsString("Selesai")))
                        .andExpect(content().string(Matchers.containsString("NIP harus terdiri dari 18 angka.")))
                        .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger")))));
    }
}
