// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server inside the demo run, on a free local port: escalation e-mails really go out over SMTP and land here,
 * where administrators read them on the outgoing mail page, instead of failing against a server that is not there.
 * Holds mail in memory only; a restart forgets it.
 */
public class DemoMailSink {

    private static final Logger log = LoggerFactory.getLogger(DemoMailSink.class);

    private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    DemoMailSink() {
        server.start();
        log.info("Demo mail sink listening on 127.0.0.1:{}; sent mail is shown at /admin/mail",
                server.getSmtp().getPort());
    }

    String host() {
        return server.getSmtp().getBindTo();
    }

    int port() {
        return server.getSmtp().getPort();
    }

    void stop() {
        server.stop();
    }

    /** Everything received, newest first. */
    public List<OutgoingMail> received() {
        List<OutgoingMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(read(message));
        }
        mails.sort(Comparator.comparing(OutgoingMail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return mails;
    }

    private static OutgoingMail read(MimeMessage message) {
        try {
            List<String> attachments = new ArrayList<>();
            String body = text(message, attachments);
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            List<String> to = message.getAllRecipients() == null ? List.of()
                    : Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
            return new OutgoingMail(sent, to, message.getSubject(), body, attachments);
        } catch (MessagingException | IOException unreadable) {
            return new OutgoingMail(null, List.of(), "?", GreenMailUtil.getWholeMessage(message), List.of());
        }
    }

    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part.getFileName());
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i), attachments));
            }
            return text.toString();
        }
        return "";
    }

    /** One e-mail as the outgoing mail page shows it. */
    public record OutgoingMail(Instant sentAt, List<String> to, String subject, String body,
            List<String> attachments) {
    }
}
