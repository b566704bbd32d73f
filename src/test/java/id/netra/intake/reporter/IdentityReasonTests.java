// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.reporter;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import org.junit.jupiter.api.Test;

/** Opening a reporter's identity needs a written reason of plain text and a sensible length. */
class IdentityReasonTests {

    @Test
    void aReasonOfPlainTextWithinTheLimits_isAllowed() {
        assertThat(IdentityDisclosure.reasonGiven("Klarifikasi saksi").allowed()).isTrue();
        assertThat(IdentityDisclosure.reasonGiven("x".repeat(IdentityDisclosure.MAX_REASON)).allowed()).isTrue();
    }

    @Test
    void noReasonTooShortTooLongOrWithControlCharacters_isRejectedAtTheReasonField() {
        for (String why : new String[] {null, "singkat", "x".repeat(IdentityDisclosure.MAX_REASON + 1),
            "Klarifikasi\u0000saksi"}) {
            Decision decision = IdentityDisclosure.reasonGiven(why);

            assertThat(decision.rejected()).as(String.valueOf(why)).isTrue();
            assertThat(decision.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.field()).isEqualTo("reason");
                assertThat(reason.messageKey()).isEqualTo("intake.identity.reason");
                assertThat(reason.args()).containsExactly(IdentityDisclosure.MIN_REASON, IdentityDisclosure.MAX_REASON);
            });
        }
    }
}
