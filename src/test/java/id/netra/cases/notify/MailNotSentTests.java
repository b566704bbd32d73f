// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class MailNotSentTests {

    @Test
    void namesTheCaseActionAndRootCause_withoutAStackTraceToFloodTheLog() {
        MailSendException failure = new MailSendException("Mail server connection failed",
                new IllegalStateException("wrapped", new ConnectException("Connection refused")));

        MailNotSent notSent = new MailNotSent("recommend", 42, failure);

        assertThat(notSent.getMessage()).contains("recommend", "case 42", "will be retried",
                "ConnectException: Connection refused");
        assertThat(notSent.getStackTrace()).isEmpty();
        assertThat(notSent.getCause()).isNull();
    }
}
