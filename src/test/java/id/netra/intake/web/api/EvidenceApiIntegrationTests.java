// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.config.IntakeProperties;
import id.netra.intake.support.IntakeTables;
import id.netra.intake.support.PublicApi;
import id.netra.intake.support.PublicApi.Submitted;
import id.netra.intake.support.Reports;
import id.netra.intake.support.TestFiles;
import id.netra.intake.support.TestVideos;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@IntakeIntegrationTest
class EvidenceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeProperties properties;

    PublicApi api;

    @BeforeEach
    void setUp() {
        api = new PublicApi(mvc);
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "image/jpeg", content);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request;
    }

    @Test
    void photoAfterSubmission_isKeptWithoutGpsAndListedWithItsHash() throws Exception {
        Submitted report = api.submitMinimal();

        String body = mvc.perform(upload("/api/v1/reports/" + report.reportId() + "/evidence",
                        file("IMG_2024.jpg", TestFiles.jpegWithGps()))
                        .header("X-Receipt", report.receipt()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidence[0].name").value("bukti-1.jpg"))
                .andExpect(jsonPath("$.evidence[0].mediaType").value("image/jpeg"))
                .andExpect(jsonPath("$.evidence[0].metadataRemoved").value(true))
                .andReturn().getResponse().getContentAsString();
        JsonNode added = Reports.JSON.readTree(body).get("evidence").get(0);

        Path stored = properties.evidenceDir().resolve(jdbc.sql(
                "select storage_key from intake.evidence_file where report_id = :id")
                .param("id", report.reportId()).query(String.class).single());
        assertThat(ImageMetadataReader.readMetadata(stored.toFile()).containsDirectoryOfType(GpsDirectory.class))
                .isFalse();
        assertThat(stored.getFileName().toString()).isEqualTo(added.get("sha256Stored").asString());
        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", report.receipt())))
                .andExpect(jsonPath("$.evidence[0].sha256").value(added.get("sha256Original").asString()));
        assertThat(Files.readAllBytes(stored)).isNotEqualTo(TestFiles.jpegWithGps());
    }

    @Test
    void receiptAsFormField_addsEvidenceLater() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(upload("/api/v1/reports/evidence", file("surat.pdf", TestFiles.minimalPdf()))
                        .part(receiptPart(report.receipt())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidence[0].mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.evidence[0].metadataRemoved").value(false));
    }

    /** Issue 8, finding 10: a receipt in the URL lands in logs and history; it is refused, not used. */
    @Test
    void receiptInTheUrl_isRefusedWithAReasonAndStoresNothing() throws Exception {
        Submitted report = api.submitMinimal();
        Map<String, Long> before = IntakeTables.counts(jdbc);

        for (String path : new String[] {"/api/v1/reports/evidence",
            "/api/v1/reports/" + report.reportId() + "/evidence"}) {
            mvc.perform(upload(path + "?receipt=" + report.receipt().replace(" ", "%20"),
                            file("surat.pdf", TestFiles.minimalPdf())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("receipt"))
                    .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("alamat (URL)")));
        }

        assertThat(IntakeTables.counts(jdbc)).isEqualTo(before);
    }

    /** Issue 8, finding 8: the place a video was recorded identifies an anonymous reporter. */
    @Test
    void videoWithLocation_isKeptAndServedWithoutItWithBothHashes() throws Exception {
        Submitted report = api.submitMinimal();
        byte[] video = TestVideos.mp4WithLocation();

        String body = mvc.perform(upload("/api/v1/reports/" + report.reportId() + "/evidence",
                        new MockMultipartFile("files", "VID_2024.mp4", "video/mp4", video))
                        .header("X-Receipt", report.receipt()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidence[0].mediaType").value("video/mp4"))
                .andExpect(jsonPath("$.evidence[0].metadataRemoved").value(true))
                .andExpect(jsonPath("$.evidence[0].sha256Original").value(sha256(video)))
                .andReturn().getResponse().getContentAsString();
        JsonNode added = Reports.JSON.readTree(body).get("evidence").get(0);
        byte[] served = mvc.perform(get("/intake/reports/" + report.reportId() + "/evidence/"
                        + added.get("id").asString()).with(TestUsers.SATGAS_VERIFIER.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        String text = new String(served, StandardCharsets.ISO_8859_1);
        assertThat(served).hasSameSizeAs(video);
        assertThat(text).doesNotContain(TestVideos.XYZ_LOCATION, TestVideos.KEYS_LOCATION, "\u00a9xyz", "loci",
                "Pandeglang").contains(TestVideos.MEDIA_DATA);
        assertThat(added.get("sha256Stored").asString()).isEqualTo(sha256(served))
                .isNotEqualTo(added.get("sha256Original").asString());
    }

    @Test
    void reportersFiles_getNeutralNumberedNames_listedInTheOrderTheyCame() throws Exception {
        Submitted report = api.submitMinimal();
        mvc.perform(upload("/api/v1/reports/evidence", file("Screenshot_com.whatsapp_Rina.jpg",
                        TestFiles.plainJpeg()), file("surat dari Rina.pdf", TestFiles.minimalPdf()))
                        .part(receiptPart(report.receipt())))
                .andExpect(status().isCreated());
        mvc.perform(upload("/api/v1/reports/evidence", file("IMG_0001.jpg", TestFiles.jpegWithGps()))
                        .part(receiptPart(report.receipt())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidence[0].name").value("bukti-3.jpg"));

        String status = mvc.perform(post("/api/v1/reports/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receipt\":\"" + report.receipt() + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Reports.JSON.readTree(status).get("evidence").findValuesAsString("name"))
                .containsExactly("bukti-1.jpg", "bukti-2.pdf", "bukti-3.jpg");
        assertThat(status).doesNotContain("Rina", "whatsapp", "IMG_0001");
    }

    @Test
    void receiptOfAnotherReport_doesNotOpenThisOne() throws Exception {
        Submitted mine = api.submitMinimal();
        Submitted other = api.submitMinimal();

        mvc.perform(upload("/api/v1/reports/" + other.reportId() + "/evidence",
                        file("a.jpg", TestFiles.plainJpeg())).header("X-Receipt", mine.receipt()))
                .andExpect(status().isNotFound());
        mvc.perform(upload("/api/v1/reports/not-a-uuid/evidence",
                        file("a.jpg", TestFiles.plainJpeg())).header("X-Receipt", mine.receipt()))
                .andExpect(status().isNotFound());
    }

    @Test
    void missingReceiptOrFiles_isMalformed() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(upload("/api/v1/reports/evidence", file("a.jpg", TestFiles.plainJpeg())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receipt"));
        mvc.perform(upload("/api/v1/reports/evidence").part(receiptPart(report.receipt())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("files"));
    }

    @Test
    void executableNamedLikeAPhoto_isUnsupportedAndNothingIsStored() throws Exception {
        Submitted report = api.submitMinimal();
        Map<String, Long> before = IntakeTables.counts(jdbc);

        mvc.perform(upload("/api/v1/reports/evidence", file("ok.jpg", TestFiles.plainJpeg()),
                        file("foto.jpg", TestFiles.windowsExecutable())).part(receiptPart(report.receipt())))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detectedType").value("application/x-msdownload"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("foto.jpg")));

        assertThat(IntakeTables.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void oversizedFile_isContentTooLargeWithTheLimitNamed() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(upload("/api/v1/reports/evidence", file("video.mp4", new byte[3 * 1024 * 1024]))
                        .part(receiptPart(report.receipt())))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("2 MB")));
    }

    @Test
    void decompressionBomb_isRefused() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(upload("/api/v1/reports/evidence", file("kecil.png", TestFiles.pngBomb()))
                        .part(receiptPart(report.receipt())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("intake.evidence.dimensions"));
    }

    /** The receipt as a form field of the multipart body, the way a browser or an app sends it. */
    private static MockPart receiptPart(String receipt) {
        return new MockPart("receipt", receipt.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
