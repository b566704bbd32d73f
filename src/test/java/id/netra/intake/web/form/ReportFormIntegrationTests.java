// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.IntakeReports;
import id.netra.intake.ReportOutcome;
import id.netra.intake.config.IntakeProperties;
import id.netra.intake.support.IntakeTables;
import id.netra.intake.support.TestFiles;
import id.netra.reference.SanctionLevel;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@IntakeIntegrationTest
class ReportFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeProperties properties;

    @Autowired
    IntakeReports intakeReports;

    static MockMultipartHttpServletRequestBuilder validForm(String personName) {
        MockMultipartHttpServletRequestBuilder form = multipart("/lapor");
        form.param("electionCode", "PILKADA-2024")
                .param("regionCode", "36.01")
                .param("reportedPersons[0].name", personName)
                .param("reportedPersons[0].agencyName", "Pemerintah Kabupaten Pandeglang")
                .param("reportedPersons[0].positionClass", "PENGAWAS")
                .param("violationCode", "NOT_SURE")
                .param("occurredOn", "2024-10-05")
                .param("place", "Kantor kecamatan")
                .param("description", "Camat membagikan stiker pasangan calon kepada para kepala desa.")
                .param("evidenceLinks", "https://www.facebook.com/share/p/abc\r\n\r\nhttps://x.com/a/status/1")
                .param("reporter.mode", "ANONYMOUS");
        return form;
    }

    @Test
    void emptyForm_isServedInIndonesianWithTheRegencies() throws Exception {
        mvc.perform(get("/lapor"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Laporkan pelanggaran netralitas ASN")))
                .andExpect(content().string(Matchers.containsString("Kabupaten Pandeglang")))
                .andExpect(content().string(Matchers.containsString("name=\"reportedPersons[0].name\"")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void formWithPhoto_redirectsToTheReceiptShownOnce() throws Exception {
        String name = "Camat Uji " + UUID.randomUUID();
        MvcResult result = mvc.perform(validForm(name)
                        .file(new MockMultipartFile("files", "IMG_20241005.jpg", "image/jpeg", TestFiles.jpegWithGps()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lapor/terima-kasih"))
                .andExpect(flash().attribute("receipt", Matchers.matchesPattern("\\d{4} \\d{4} \\d{4} \\d{4}")))
                .andReturn();
        String receipt = (String) result.getFlashMap().get("receipt");

        mvc.perform(get("/lapor/terima-kasih").flashAttrs(Map.of("receipt", receipt)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(receipt)))
                .andExpect(content().string(Matchers.containsString("hanya ditampilkan sekali")));
        mvc.perform(get("/lapor/terima-kasih")).andExpect(redirectedUrl("/lapor/status"));

        UUID reportId = jdbc.sql("select report_id from intake.reported_person where name = :name")
                .param("name", name).query(UUID.class).single();
        assertThat(jdbc.sql("select channel from intake.report where id = :id").param("id", reportId)
                .query(String.class).single()).isEqualTo("PUBLIC_WEB");
        assertThat(jdbc.sql("select count(*) from intake.evidence_link where report_id = :id").param("id", reportId)
                .query(Integer.class).single()).isEqualTo(2);
        String key = jdbc.sql("select storage_key from intake.evidence_file where report_id = :id")
                .param("id", reportId).query(String.class).single();
        assertThat(ImageMetadataReader.readMetadata(properties.evidenceDir().resolve(key).toFile())
                .containsDirectoryOfType(GpsDirectory.class)).isFalse();

        mvc.perform(post("/lapor/status").param("receipt", receipt).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Diterima")))
                .andExpect(content().string(Matchers.containsString("bukti-1.jpg")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("IMG_20241005"))));
    }

    @Test
    void everyProblem_isShownNextToItsFieldAndNothingIsStored() throws Exception {
        Map<String, Long> before = IntakeTables.counts(jdbc);

        String page = mvc.perform(multipart("/lapor")
                        .param("electionCode", "PILKADA-2024")
                        .param("regionCode", "36.01")
                        .param("reportedPersons[0].name", "Ahmad")
                        .param("reportedPersons[0].nip", "12345")
                        .param("reportedPersons[0].agencyName", "Pemkab Pandeglang")
                        .param("occurredOn", "kemarin")
                        .param("description", "pendek")
                        .param("evidenceLinks", "javascript:alert(1)")
                        .param("reporter.mode", "CONFIDENTIAL")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("NIP harus terdiri dari 18 angka.", "Tanggal tidak valid.",
                "Uraian kejadian harus 20 sampai 10000 karakter.", "Tautan harus alamat web lengkap",
                "Nama pelapor wajib diisi", "Isi nomor telepon atau email", "aria-invalid=\"true\"");
        assertThat(IntakeTables.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void refusedFile_keepsTheFormAndStoresNothing() throws Exception {
        Map<String, Long> before = IntakeTables.counts(jdbc);

        mvc.perform(validForm("ASN " + UUID.randomUUID())
                        .file(new MockMultipartFile("files", "foto.jpg", "image/jpeg", TestFiles.windowsExecutable()))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(Matchers.containsString("application/x-msdownload")))
                .andExpect(content().string(Matchers.containsString("Camat membagikan stiker")));

        assertThat(IntakeTables.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void postWithoutCsrfToken_isForbidden() throws Exception {
        mvc.perform(validForm("ASN " + UUID.randomUUID())).andExpect(status().isForbidden());
    }

    @Test
    void addingAPersonWithoutJavaScript_keepsWhatWasTyped() throws Exception {
        mvc.perform(post("/lapor/orang/tambah").param("description", "Uraian yang sudah ditulis pelapor")
                        .param("reportedPersons[0].name", "Ahmad Sobari").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Ahmad Sobari\"")))
                .andExpect(content().string(Matchers.containsString("name=\"reportedPersons[1].name\"")))
                .andExpect(content().string(Matchers.containsString("Uraian yang sudah ditulis pelapor")));
    }

    @Test
    void removingAPersonWithoutJavaScript_dropsThatRow() throws Exception {
        mvc.perform(post("/lapor/orang/hapus").param("removePerson", "0")
                        .param("reportedPersons[0].name", "Dihapus").param("reportedPersons[1].name", "Tetap")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Tetap\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"Dihapus\""))));
    }

    @Test
    void htmxPersonRow_isOneRowWithTheNextCounterOutOfBand() throws Exception {
        mvc.perform(get("/lapor/orang/baris").param("personCount", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"reportedPersons[2].name\"")))
                .andExpect(content().string(Matchers.containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(Matchers.containsString("value=\"3\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<form"))));
    }

    @Test
    void agencySuggestions_followTheChosenRegion() throws Exception {
        mvc.perform(get("/lapor/instansi").param("regionCode", "36.01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Pandeglang")));
    }

    @Test
    void statusPages_replyAndUnknownReceipt() throws Exception {
        MvcResult result = mvc.perform(validForm("ASN " + UUID.randomUUID()).with(csrf())).andReturn();
        String receipt = (String) result.getFlashMap().get("receipt");

        mvc.perform(post("/lapor/status/balas").param("receipt", receipt).param("text", "Ada saksi lain: Pak RT.")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Pesan Anda terkirim.")))
                .andExpect(content().string(Matchers.containsString("Ada saksi lain: Pak RT.")));
        mvc.perform(post("/lapor/status").param("receipt", "1111 2222 3333 4444").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Nomor tanda terima tidak dikenal")));
        mvc.perform(post("/lapor/status/balas").param("receipt", "1111222233334444").param("text", "x")
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void statusPage_showsTheOutcomeInPlainWords_onceHandlingEnded() throws Exception {
        String name = "ASN Hasil " + UUID.randomUUID();
        MvcResult result = mvc.perform(validForm(name).with(csrf())).andReturn();
        String receipt = (String) result.getFlashMap().get("receipt");
        UUID reportId = jdbc.sql("select report_id from intake.reported_person where name = :name")
                .param("name", name).query(UUID.class).single();

        mvc.perform(post("/lapor/status").param("receipt", receipt).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"outcome\""))));

        intakeReports.recordOutcome(reportId, ReportOutcome.sanctioned(SanctionLevel.MEDIUM), "system");
        mvc.perform(post("/lapor/status").param("receipt", receipt).with(csrf()))
                .andExpect(content().string(Matchers.containsString("Sanksi dijatuhkan (tingkat sedang)")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("MEDIUM"))));

        // a sanction annulled on appeal replaces the earlier outcome
        intakeReports.recordOutcome(reportId, ReportOutcome.of(ReportOutcome.Kind.NOT_A_VIOLATION), "system");
        mvc.perform(post("/lapor/status").param("receipt", receipt).with(csrf()))
                .andExpect(content().string(Matchers.containsString("Dihentikan: bukan pelanggaran netralitas")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sanksi dijatuhkan"))));
    }
}
