// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.reporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.intake.config.SecretKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentitySealTests {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));
    private static final ReporterIdentity SITI = new ReporterIdentity("Siti Aminah", "3601014101900001",
            "081234567890", "siti@example.org");

    private final UUID reportId = UUID.randomUUID();

    @Test
    void sealedIdentity_opensAgainAndHoldsNoPlaintext() {
        IdentitySeal seal = new IdentitySeal(SecretKeys.decode("identity-key", "k1", OLD_KEY, Map.of()));

        IdentitySeal.Sealed sealed = seal.seal(reportId, SITI);

        String raw = new String(sealed.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Siti", "3601014101900001", "081234567890", "example.org");
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(seal.open(reportId, sealed)).isEqualTo(SITI);
    }

    @Test
    void sameIdentityTwice_givesDifferentCiphertexts() {
        IdentitySeal seal = new IdentitySeal(SecretKeys.decode("identity-key", "k1", OLD_KEY, Map.of()));

        assertThat(seal.seal(reportId, SITI).bytes()).isNotEqualTo(seal.seal(reportId, SITI).bytes());
    }

    @Test
    void afterRotation_oldSealsStillOpenAndNewSealsUseTheNewKey() {
        IdentitySeal before = new IdentitySeal(SecretKeys.decode("identity-key", "k1", OLD_KEY, Map.of()));
        IdentitySeal.Sealed old = before.seal(reportId, SITI);
        IdentitySeal after = new IdentitySeal(SecretKeys.decode("identity-key", "k2", NEW_KEY, Map.of("k1", OLD_KEY)));

        assertThat(after.open(reportId, old)).isEqualTo(SITI);
        assertThat(after.seal(reportId, SITI).keyId()).isEqualTo("k2");
    }

    @Test
    void sealMovedToAnotherReport_doesNotOpen() {
        IdentitySeal seal = new IdentitySeal(SecretKeys.decode("identity-key", "k1", OLD_KEY, Map.of()));
        IdentitySeal.Sealed sealed = seal.seal(reportId, SITI);

        assertThatThrownBy(() -> seal.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperedCiphertext_doesNotOpen() {
        IdentitySeal seal = new IdentitySeal(SecretKeys.decode("identity-key", "k1", OLD_KEY, Map.of()));
        byte[] bytes = seal.seal(reportId, SITI).bytes();
        bytes[20] ^= 1;

        assertThatThrownBy(() -> seal.open(reportId, new IdentitySeal.Sealed("k1", bytes)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void droppedKey_isReportedByName() {
        IdentitySeal seal = new IdentitySeal(SecretKeys.decode("identity-key", "k1", OLD_KEY, Map.of()));
        IdentitySeal.Sealed sealed = seal.seal(reportId, SITI);
        IdentitySeal withoutK1 = new IdentitySeal(SecretKeys.decode("identity-key", "k2", NEW_KEY, Map.of()));

        assertThatThrownBy(() -> withoutK1.open(reportId, sealed)).hasMessageContaining("k1");
    }

    @Test
    void shortOrMissingKey_stopsTheStart() {
        assertThatThrownBy(() -> SecretKeys.decode("identity-key", "k1", "c2hvcnQ=", Map.of()))
                .hasMessageContaining("256 bits");
        assertThatThrownBy(() -> SecretKeys.decode("identity-key", "k1", "${NETRA_INTAKE_IDENTITY_KEY}", Map.of()))
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> SecretKeys.decode("identity-key", "k1", null, Map.of()))
                .hasMessageContaining("not configured");
    }

    @Test
    void identityToString_isRedacted() {
        assertThat(SITI.toString()).doesNotContain("Siti", "3601", "0812", "example");
    }
}
