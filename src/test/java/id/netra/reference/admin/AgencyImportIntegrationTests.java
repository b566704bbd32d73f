// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.Role;
import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.AgencyType;
import id.netra.reference.agency.AgencyImport;
import id.netra.reference.agency.ImportReport;
import id.netra.reference.agency.ImportReport.Action;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.SignedInAs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** CSV import of agencies: dry run, all-or-nothing apply, idempotent on the agency code. */
@NetraIntegrationTest
@SignedInAs(Role.ADMIN)
class AgencyImportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AgencyImport agencyImport;
    @Autowired AgencyDirectory agencies;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validFile_isImportedOnce_andUnchangedTheSecondTime() {
        byte[] file = csv("""
                code,name,type,abbreviation,aliases
                UJI-BADAN-A,Badan Uji Satu,LPNK,BUS,Badan Uji Lama|BUL
                UJI-KEMENTERIAN-B,Kementerian Uji Dua,KEMENTERIAN,,
                """);
        ImportReport first = agencyImport.apply(file, "uji.csv", "admin");
        assertThat(first.applied()).isTrue();
        assertThat(first.count(Action.NEW)).isEqualTo(2);
        assertThat(agencies.find("UJI-BADAN-A")).contains(
                new Agency("UJI-BADAN-A", "Badan Uji Satu", "BUS", AgencyType.LPNK, null, "Kepala"));
        assertThat(agencies.matchName("badan uji lama")).map(Agency::code).contains("UJI-BADAN-A");
        assertThat(agencies.find("UJI-KEMENTERIAN-B")).map(Agency::ppkTitle).contains("Menteri");

        ImportReport second = agencyImport.apply(file, "uji.csv", "admin");
        assertThat(second.rows()).extracting(ImportReport.RowResult::action).containsOnly(Action.UNCHANGED);

        ImportReport renamed = agencyImport.apply(csv("code,name,type\nUJI-BADAN-A,Badan Uji Satu Baru,LPNK\n"),
                "uji2.csv", "admin");
        assertThat(renamed.rows()).extracting(ImportReport.RowResult::action).containsExactly(Action.CHANGED);
        assertThat(agencies.find("UJI-BADAN-A")).map(Agency::name).contains("Badan Uji Satu Baru");
    }

    @Test
    void oneBadRow_keepsTheWholeFileOut() {
        ImportReport report = agencyImport.apply(csv("""
                code,name,type
                UJI-BADAN-C,Badan Uji Tiga,LPNK
                UJI-BADAN-D,,DINAS
                UJI-BADAN-C,Badan Uji Tiga lagi,LPNK
                """), "salah.csv", "admin");
        assertThat(report.applied()).isFalse();
        assertThat(report.rows()).extracting(ImportReport.RowResult::line).containsExactly(2L, 3L, 4L);
        assertThat(report.rows().get(1).errors()).extracting(ImportReport.Message::key)
                .containsExactly("reference.import.name.required", "reference.import.type.unknown");
        assertThat(report.rows().get(2).errors()).extracting(ImportReport.Message::key)
                .containsExactly("reference.import.code.duplicate");
        assertThat(agencies.find("UJI-BADAN-C")).isEmpty();
    }

    @Test
    void semicolonFileWithByteOrderMark_isRead() {
        ImportReport report = agencyImport.dryRun(csv("\uFEFFcode;name;type\nUJI-BADAN-E;Badan Uji Lima;LPNK\n"), "x.csv");
        assertThat(report.valid()).isTrue();
        assertThat(report.rows()).extracting(ImportReport.RowResult::action).containsExactly(Action.NEW);
        assertThat(agencies.find("UJI-BADAN-E")).as("a dry run writes nothing").isEmpty();
    }

    @Test
    void missingColumns_areFileErrors() {
        ImportReport report = agencyImport.dryRun(csv("kode,nama\nX,Y\n"), "x.csv");
        assertThat(report.fileErrors()).extracting(ImportReport.Message::key)
                .contains("reference.import.column.missing", "reference.import.column.unknown");
    }

    @Test
    void dryRunPage_listsEveryRowsErrorsInIndonesian() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "uji.csv", "text/csv", csv("""
                code,name,type,region_code
                PEMKAB-36.71,Pemerintah Kota Tangerang,PEMKAB,36.71
                UJI-BADAN-F,Badan Uji Enam,LPNK,36
                """));
        mvc.perform(multipart("/admin/reference/agencies/import").file(file).param("dryRun", "true").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak cocok dengan jenis PEMKAB")))
                .andExpect(content().string(containsString("Instansi pusat (LPNK) tidak boleh diberi kode wilayah.")))
                .andExpect(content().string(containsString("2 baris salah")));
    }

    @Test
    void importPage_appliesAValidFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "uji.csv", "text/csv",
                csv("code,name,type\nUJI-BADAN-G,Badan Uji Tujuh,LPNK\n"));
        mvc.perform(multipart("/admin/reference/agencies/import").file(file).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Impor selesai: 1 baru, 0 diubah, 0 tetap.")));
        assertThat(agencies.find("UJI-BADAN-G")).isPresent();
    }

    @Test
    void emptyUpload_isExplained() throws Exception {
        mvc.perform(multipart("/admin/reference/agencies/import")
                .file(new MockMultipartFile("file", "kosong.csv", "text/csv", new byte[0])).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas kosong")));
    }
}
