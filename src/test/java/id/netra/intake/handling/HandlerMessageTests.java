// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import org.junit.jupiter.api.Test;

/** A handler's message to the reporter (or internal note) is plain text of a bounded length. */
class HandlerMessageTests {

    @Test
    void plainTextUpToTheLimit_isAllowed() {
        assertThat(HandledReports.messageFits("Mohon kirim foto lokasi.").allowed()).isTrue();
        assertThat(HandledReports.messageFits("x".repeat(HandledReports.MAX_MESSAGE)).allowed()).isTrue();
    }

    @Test
    void noTextTooLongOrControlCharacters_isRejectedAtTheTextField() {
        for (String body : new String[] {null, "x".repeat(HandledReports.MAX_MESSAGE + 1), "Mohon\u0000kirim"}) {
            Decision decision = HandledReports.messageFits(body);

            assertThat(decision.reasons()).as(String.valueOf(body).substring(0, Math.min(10, String.valueOf(body)
                    .length()))).singleElement().satisfies(reason -> {
                        assertThat(reason.field()).isEqualTo("text");
                        assertThat(reason.messageKey()).isEqualTo("intake.status.reply-invalid");
                    });
        }
    }
}
