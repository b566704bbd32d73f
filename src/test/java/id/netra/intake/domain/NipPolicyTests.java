// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipPolicyTests {

    private final NipPolicy policy = new NipPolicy(
            Clock.fixed(Instant.parse("2024-11-01T03:00:00Z"), ZoneId.of("Asia/Jakarta")));

    @Test
    void plausibleNip_isAllowed() {
        assertThat(policy.check("198501012010011001").allowed()).isTrue();
    }

    @Test
    void nipAsPrintedWithSpacesAndDots_isAllowed() {
        assertThat(policy.check("19850101 201001 1 001").allowed()).isTrue();
        assertThat(NipPolicy.normalise("19850101.201001.1.001")).isEqualTo("198501012010011001");
    }

    @Test
    void eighteenthBirthdayInTheAppointmentMonth_isAllowed() {
        assertThat(policy.check("199003312008031001").allowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "19850101201001100,      intake.nip.format",
        "1985010120100110011,    intake.nip.format",
        "19850101201001100A,     intake.nip.format",
        "'',                     intake.nip.format",
        "198513012010011001,     intake.nip.birth-date",
        "198502302010011001,     intake.nip.birth-date",
        "192001012010011001,     intake.nip.birth-date",
        "202501012010011001,     intake.nip.birth-date",
        "198501012010131001,     intake.nip.appointment-month",
        "198501012010001001,     intake.nip.appointment-month",
        "198501012024121001,     intake.nip.appointment-future",
        "199506152012011001,     intake.nip.appointment-too-young",
        "199004012008031001,     intake.nip.appointment-too-young",
        "194001012015011001,     intake.nip.appointment-too-old",
        "198501012010013001,     intake.nip.sex",
        "198501012010010001,     intake.nip.sex"
    })
    void implausibleNip_isRejectedWithItsOwnReason(String nip, String reason) {
        Decision verdict = policy.check(nip);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasons().get(0).messageKey()).isEqualTo(reason);
    }

    @Test
    void appointmentThisMonth_isNotInTheFuture() {
        assertThat(policy.check("198501012024111001").allowed()).isTrue();
    }

    @Test
    void nullNip_isRejectedAsFormat() {
        assertThat(policy.check(null).reasons().get(0).messageKey()).isEqualTo("intake.nip.format");
    }
}
