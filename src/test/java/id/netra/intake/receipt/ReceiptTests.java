// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.intake.config.SecretKeys;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

class ReceiptTests {

    private static final byte[] KEY_A = new byte[32];
    private static final byte[] KEY_B = new byte[32];

    static {
        KEY_B[0] = 1;
    }

    @Test
    void randomReceipts_areSixteenDigitsAndDistinct() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Receipt receipt = Receipt.random(random);
            assertThat(receipt.digits()).matches("[0-9]{16}");
            seen.add(receipt.digits());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typedReceiptWithSpacesOrDashes_parses() {
        assertThat(Receipt.parse("1234 5678-9012 3456")).map(Receipt::digits).contains("1234567890123456");
        assertThat(Receipt.parse("1234567890123456")).map(Receipt::grouped).contains("1234 5678 9012 3456");
    }

    @Test
    void anythingElse_doesNotParse() {
        assertThat(Receipt.parse("123456789012345")).isEmpty();
        assertThat(Receipt.parse("12345678901234567")).isEmpty();
        assertThat(Receipt.parse("1234abcd90123456")).isEmpty();
        assertThat(Receipt.parse("' or 1=1 --")).isEmpty();
        assertThat(Receipt.parse(null)).isEmpty();
        assertThat(Receipt.parse("1".repeat(10_000))).isEmpty();
    }

    @Test
    void toString_neverShowsTheDigits() {
        Receipt receipt = Receipt.parse("1234567890123456").orElseThrow();
        assertThat(receipt.toString()).doesNotContain("1234");
    }

    @Test
    void slowHash_isSaltedAndVerifies() {
        ReceiptCodec codec = new ReceiptCodec(new SecretKeys("a", Map.of("a", KEY_A)), 1000);
        Receipt receipt = Receipt.parse("1234567890123456").orElseThrow();
        Receipt other = Receipt.parse("1234567890123457").orElseThrow();

        String first = codec.slowHash(receipt);
        String second = codec.slowHash(receipt);

        assertThat(first).isNotEqualTo(second).doesNotContain("1234567890123456");
        assertThat(codec.matches(receipt, first)).isTrue();
        assertThat(codec.matches(other, first)).isFalse();
    }

    @Test
    void slowHash_namesItsCost_soAChangedIterationCountStillOpensOldReceipts() {
        Receipt receipt = Receipt.parse("1234567890123456").orElseThrow();
        String madeAt1000 = new ReceiptCodec(new SecretKeys("a", Map.of("a", KEY_A)), 1000).slowHash(receipt);
        ReceiptCodec raised = new ReceiptCodec(new SecretKeys("a", Map.of("a", KEY_A)), 2000);

        assertThat(madeAt1000).startsWith("pbkdf2-sha256$1000$");
        assertThat(raised.slowHash(receipt)).startsWith("pbkdf2-sha256$2000$");
        assertThat(raised.matches(receipt, madeAt1000)).isTrue();
        assertThat(raised.matches(Receipt.parse("1234567890123457").orElseThrow(), madeAt1000)).isFalse();
    }

    @Test
    void matches_hashWithoutCostPrefix_isCheckedAtTheLegacyTenThousandIterations() {
        Receipt receipt = Receipt.parse("1234567890123456").orElseThrow();
        String legacy = new Pbkdf2PasswordEncoder("", 16, 10_000,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256).encode(receipt.digits());
        String legacyAtOtherCost = new Pbkdf2PasswordEncoder("", 16, 1000,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256).encode(receipt.digits());
        ReceiptCodec codec = new ReceiptCodec(new SecretKeys("a", Map.of("a", KEY_A)), 1000);

        assertThat(codec.matches(receipt, legacy)).isTrue();
        assertThat(codec.matches(receipt, legacyAtOtherCost)).isFalse();
    }

    @Test
    void matches_malformedStoredHash_isFalseNotAnError() {
        Receipt receipt = Receipt.parse("1234567890123456").orElseThrow();
        ReceiptCodec codec = new ReceiptCodec(new SecretKeys("a", Map.of("a", KEY_A)), 1000);

        assertThat(codec.matches(receipt, "pbkdf2-sha256$abc$00")).isFalse();
        assertThat(codec.matches(receipt, "pbkdf2-sha256$0$00")).isFalse();
        assertThat(codec.matches(receipt, "pbkdf2-sha256$1000")).isFalse();
    }

    @Test
    void lookupTag_isDeterministicPerKeyAndDiffersAcrossKeys() {
        Receipt receipt = Receipt.parse("1234567890123456").orElseThrow();
        ReceiptCodec current = new ReceiptCodec(new SecretKeys("b", Map.of("b", KEY_B, "a", KEY_A)), 1000);
        ReceiptCodec old = new ReceiptCodec(new SecretKeys("a", Map.of("a", KEY_A)), 1000);

        assertThat(current.tag(receipt)).hasSize(64).isEqualTo(current.tag(receipt)).isNotEqualTo(old.tag(receipt));
        assertThat(current.tagsUnderEveryKey(receipt)).containsEntry("a", old.tag(receipt))
                .containsEntry("b", current.tag(receipt));
    }
}
