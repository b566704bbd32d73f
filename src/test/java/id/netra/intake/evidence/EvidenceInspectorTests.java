// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import id.netra.intake.support.TestFiles;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.PolicyRejectedException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceInspectorTests {

    @TempDir
    Path incoming;

    private EvidenceInspector inspector(long maxBytes) {
        return new EvidenceInspector(incoming, maxBytes, 40_000_000);
    }

    private InspectedEvidence inspect(byte[] content, String name) throws IOException {
        return inspector(1_000_000).inspect(new ByteArrayInputStream(content), name);
    }

    @Test
    void testPhoto_reallyCarriesGps() throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(TestFiles.jpegWithGps()));

        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        assertThat(gps.getGeoLocation().getLatitude()).isEqualTo(TestFiles.LATITUDE);
        assertThat(metadata.containsDirectoryOfType(ExifIFD0Directory.class)).isTrue();
    }

    @Test
    void jpegWithGps_isKeptWithoutAnyExifAndWithBothHashes() throws Exception {
        byte[] original = TestFiles.jpegWithGps();

        try (InspectedEvidence evidence = inspect(original, "IMG_0001.jpg")) {
            assertThat(evidence.mediaType()).isEqualTo("image/jpeg");
            assertThat(evidence.metadataStripped()).isTrue();
            assertThat(evidence.sha256Original()).isEqualTo(sha256(original));
            assertThat(evidence.sha256Stored()).isEqualTo(sha256(Files.readAllBytes(evidence.file())))
                    .isNotEqualTo(evidence.sha256Original());
            Metadata after = ImageMetadataReader.readMetadata(evidence.file().toFile());
            assertThat(after.containsDirectoryOfType(GpsDirectory.class)).isFalse();
            assertThat(after.containsDirectoryOfType(ExifIFD0Directory.class)).isFalse();
            assertThat(javax.imageio.ImageIO.read(evidence.file().toFile()).getWidth()).isEqualTo(32);
        }
    }

    @Test
    void pngWithExifAndText_losesBothButKeepsItsPixels() throws Exception {
        try (InspectedEvidence evidence = inspect(TestFiles.pngWithGpsAndText(), "tangkapan.png")) {
            Metadata after = ImageMetadataReader.readMetadata(evidence.file().toFile());
            assertThat(after.containsDirectoryOfType(GpsDirectory.class)).isFalse();
            assertThat(new String(Files.readAllBytes(evidence.file()), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("Pelapor", "eXIf", "tEXt");
            assertThat(javax.imageio.ImageIO.read(evidence.file().toFile()).getRGB(3, 4))
                    .isEqualTo(javax.imageio.ImageIO.read(new ByteArrayInputStream(TestFiles.plainPng())).getRGB(3, 4));
        }
    }

    @Test
    void webpWithExif_losesTheChunkAndTheFlag() throws Exception {
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(TestFiles.webpWithGps()))
                .containsDirectoryOfType(GpsDirectory.class)).isTrue();

        try (InspectedEvidence evidence = inspect(TestFiles.webpWithGps(), "stiker.webp")) {
            byte[] stored = Files.readAllBytes(evidence.file());
            assertThat(ImageMetadataReader.readMetadata(evidence.file().toFile())
                    .containsDirectoryOfType(GpsDirectory.class)).isFalse();
            assertThat(stored[20] & 0x08).isZero();
            assertThat(java.nio.ByteBuffer.wrap(stored, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())
                    .isEqualTo(stored.length - 8);
        }
    }

    @Test
    void pdf_isKeptAsUploaded() throws Exception {
        byte[] pdf = TestFiles.minimalPdf();

        try (InspectedEvidence evidence = inspect(pdf, "surat.pdf")) {
            assertThat(evidence.mediaType()).isEqualTo("application/pdf");
            assertThat(evidence.metadataStripped()).isFalse();
            assertThat(evidence.sha256Stored()).isEqualTo(evidence.sha256Original()).isEqualTo(sha256(pdf));
        }
    }

    @Test
    void executableNamedLikeAPhoto_isRefusedByItsContent() {
        assertThatThrownBy(() -> inspect(TestFiles.windowsExecutable(), "foto-kampanye.jpg"))
                .isInstanceOfSatisfying(PolicyRejectedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_TYPE);
                    assertThat(e.args()[1]).isEqualTo("application/x-msdownload");
                });
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void htmlNamedLikeAnImage_isRefused() {
        assertThatThrownBy(() -> inspect(TestFiles.htmlPage(), "bukti.png"))
                .isInstanceOfSatisfying(PolicyRejectedException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_TYPE));
    }

    @Test
    void pdfNamedLikeAPhoto_isJudgedByItsContent() throws Exception {
        try (InspectedEvidence evidence = inspect(TestFiles.minimalPdf(), "foto.jpg")) {
            assertThat(evidence.mediaType()).isEqualTo("application/pdf");
        }
    }

    @Test
    void decompressionBomb_isRefusedFromItsHeaderAlone() {
        assertThatThrownBy(() -> inspect(TestFiles.pngBomb(), "kecil.png"))
                .isInstanceOfSatisfying(PolicyRejectedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RULE);
                    assertThat(e.messageKey()).isEqualTo("intake.evidence.dimensions");
                });
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void truncatedJpeg_isRefusedAsCorrupt() {
        byte[] jpeg = TestFiles.plainJpeg();
        byte[] truncated = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);

        assertThatThrownBy(() -> inspect(truncated, "rusak.jpg"))
                .isInstanceOfSatisfying(PolicyRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("intake.evidence.corrupt"));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void fileOverTheLimit_isRefusedWhileStreamingAndLeavesNothing() {
        byte[] big = new byte[2048];

        assertThatThrownBy(() -> inspector(1024).inspect(new ByteArrayInputStream(big), "besar.mp4"))
                .isInstanceOfSatisfying(PolicyRejectedException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void emptyFile_isRefused() {
        assertThatThrownBy(() -> inspect(new byte[0], "kosong.jpg"))
                .isInstanceOfSatisfying(PolicyRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("intake.evidence.empty"));
    }

    private java.util.List<Path> leftovers() {
        try (Stream<Path> files = Files.list(incoming)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
