// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import org.junit.jupiter.api.Test;

/** A reporter's reply is plain text. */
class ReplyTextTests {

    @Test
    void plainText_isAllowed() {
        assertThat(ReceiptAccess.plainReply("Saya punya foto tambahan.").allowed()).isTrue();
    }

    @Test
    void controlCharacters_areRejectedAtTheTextField() {
        Decision decision = ReceiptAccess.plainReply("Saya\u0007 punya foto");

        assertThat(decision.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.field()).isEqualTo("text");
            assertThat(reason.messageKey()).isEqualTo("intake.text.forbidden-characters");
        });
    }
}
