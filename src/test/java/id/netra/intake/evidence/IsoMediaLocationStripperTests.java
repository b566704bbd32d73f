// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.intake.support.TestVideos;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsoMediaLocationStripperTests {

    @TempDir
    Path dir;

    @Test
    void testVideo_reallyCarriesItsPlaceThreeWays() throws Exception {
        Path video = Files.write(dir.resolve("a.mp4"), TestVideos.mp4WithLocation());

        String text = Files.readString(video, StandardCharsets.ISO_8859_1);
        assertThat(text).contains(TestVideos.XYZ_LOCATION, TestVideos.KEYS_LOCATION, "\u00a9xyz", "loci");
        assertThat(IsoMediaLocationStripper.remaining(video)).isEqualTo(3);
    }

    @Test
    void strip_removesEveryLocationAndKeepsSizeAndMediaData() throws Exception {
        byte[] original = TestVideos.mp4WithLocation();
        Path video = Files.write(dir.resolve("a.mp4"), original);

        assertThat(IsoMediaLocationStripper.strip(video)).isEqualTo(3);

        byte[] cleaned = Files.readAllBytes(video);
        String text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertThat(cleaned).hasSameSizeAs(original);
        assertThat(text).doesNotContain(TestVideos.XYZ_LOCATION, TestVideos.KEYS_LOCATION, "\u00a9xyz", "loci",
                "Pandeglang").contains(TestVideos.MEDIA_DATA, "ftypmp42", "moov", "mvhd");
        assertThat(IsoMediaLocationStripper.remaining(video)).isZero();
    }

    @Test
    void inspector_keepsTheVideoWithoutLocationAndRecordsBothHashes() throws Exception {
        byte[] original = TestVideos.mp4WithLocation();
        EvidenceInspector inspector = new EvidenceInspector(dir, 1_000_000, 40_000_000);

        try (InspectedEvidence evidence = inspector.inspect(new ByteArrayInputStream(original), "VID.mp4")) {
            assertThat(evidence.mediaType()).isEqualTo("video/mp4");
            assertThat(evidence.metadataStripped()).isTrue();
            assertThat(evidence.sha256Original()).isEqualTo(sha256(original));
            assertThat(evidence.sha256Stored()).isEqualTo(sha256(Files.readAllBytes(evidence.file())))
                    .isNotEqualTo(evidence.sha256Original());
            assertThat(Files.readString(evidence.file(), StandardCharsets.ISO_8859_1))
                    .doesNotContain(TestVideos.XYZ_LOCATION, TestVideos.KEYS_LOCATION);
        }
    }

    @Test
    void aBoxLargerThanItsParent_isCorrupt() throws Exception {
        byte[] broken = TestVideos.mp4WithLocation();
        broken[24 + 3] = (byte) 0xFF;
        Path video = Files.write(dir.resolve("b.mp4"), broken);

        assertThatThrownBy(() -> IsoMediaLocationStripper.strip(video)).isInstanceOf(CorruptEvidenceException.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
