// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.cases.application.CaseOpening;
import id.netra.cases.application.CaseWorkflow;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.identity.UserContact;
import id.netra.identity.UserDirectory;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every cases integration test runs with: a fixed, hand-moved clock, and users whose scope the test sets
 * (whatever the identity module would answer for a real sign-in).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CasesTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    CurrentUserProvider testCurrentUserProvider() {
        return new DetailsCurrentUserProvider();
    }

    /** Listens to the audit events the modules publish, beside the audit module, to let tests read them. */
    @Bean
    RecordingAuditTrail recordingAuditTrail() {
        return new RecordingAuditTrail();
    }

    /** A real SMTP server in the test JVM; escalation e-mails land here. */
    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @Bean
    @Primary
    JavaMailSender greenMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(greenMail.getSmtp().getBindTo());
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }

    /** Who gets escalation e-mails in tests, whatever accounts the identity module holds. */
    @Bean
    @Primary
    UserDirectory testUserDirectory() {
        List<UserContact> contacts = List.of(
                new UserContact("ppk-officer", "PPK Pandeglang", "ppk.pandeglang@netra.test", Role.PPK_OFFICER,
                        "PEMKAB-36.01", "36.01"),
                new UserContact("ppk-tangerang", "PPK Kota Tangerang", "ppk.tangerang@netra.test", Role.PPK_OFFICER,
                        "PEMKOT-36.71", "36.71"),
                new UserContact("bkn-officer", "Petugas BKN", "petugas.bkn@netra.test", Role.BKN_OFFICER, null, null));
        return role -> contacts.stream().filter(contact -> contact.role() == role).toList();
    }

    @Bean
    RaceGate raceGate() {
        return new RaceGate();
    }

    @Bean
    TestCases testCases(CaseOpening opening, CaseWorkflow workflow) {
        return new TestCases(opening, workflow);
    }
}
