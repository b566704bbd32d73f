// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import jakarta.mail.MessagingException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.FailedEventPublications;

/** An escalation e-mail that fails while the mail server is unreachable is sent by the retry, without a restart. */
@CasesIntegrationTest
class FailedMailRetryIntegrationTests {

    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    FailedEventPublications failedPublications;
    @Autowired
    LockProvider casesLockProvider;
    @Autowired
    JdbcClient jdbc;

    private int workingPort;

    @AfterEach
    void mailServerBack() {
        if (workingPort != 0) {
            ((JavaMailSenderImpl) mailSender).setPort(workingPort);
        }
    }

    @Test
    void mailFailedWhileServerWasDown_isSentByTheRetryOnceTheServerIsBack() throws Exception {
        long id = recommendWhileMailServerIsDown();
        ((JavaMailSenderImpl) mailSender).setPort(workingPort);

        retry(5).resubmit();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(id) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> failedPublicationsAbout(id) == 0);
    }

    @Test
    void publicationThatUsedUpItsAttempts_isLeftFailed() throws Exception {
        long id = recommendWhileMailServerIsDown();
        ((JavaMailSenderImpl) mailSender).setPort(workingPort);
        int attempts = attemptsAbout(id);

        retry(attempts).resubmit();

        // a resubmission is recorded (status, attempts) before the listener runs: nothing of it may show
        assertThat(failedPublicationsAbout(id)).isEqualTo(1);
        assertThat(attemptsAbout(id)).isEqualTo(attempts);
        assertThat(mailsAbout(id)).isZero();
    }

    private long recommendWhileMailServerIsDown() throws Exception {
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
        workingPort = sender.getPort();
        try (ServerSocket free = new ServerSocket(0)) {
            sender.setPort(free.getLocalPort()); // closed again below: nothing listens there
        }
        clock.setDay(LocalDate.of(2024, 10, 16));
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        await().atMost(Duration.ofSeconds(20)).until(() -> failedPublicationsAbout(id) == 1);
        assertThat(mailsAbout(id)).isZero();
        return id;
    }

    private FailedMailRetry retry(int maxAttempts) {
        return new FailedMailRetry(failedPublications, casesLockProvider, maxAttempts, Duration.ZERO);
    }

    private int failedPublicationsAbout(long caseId) {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED' "
                        + "and listener_id like '%EscalationMailer%' and serialized_event like :case")
                .param("case", "%\"caseId\":" + caseId + ",%").query(Integer.class).single();
    }

    private int attemptsAbout(long caseId) {
        return jdbc.sql("select max(completion_attempts) from event_publication "
                        + "where listener_id like '%EscalationMailer%' and serialized_event like :case")
                .param("case", "%\"caseId\":" + caseId + ",%").query(Integer.class).single();
    }

    private long mailsAbout(long caseId) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().matches(".*perkara NTR-\\d{4}-0*" + caseId + "$");
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }
}
