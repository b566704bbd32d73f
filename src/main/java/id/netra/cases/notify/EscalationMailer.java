// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

import id.netra.cases.CaseStateChanged.Action;
import id.netra.cases.CaseStateChanged;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseNumber;
import id.netra.cases.letters.CaseLetters;
import id.netra.cases.letters.LetterKind;
import id.netra.cases.persistence.CaseRepository;
import id.netra.identity.Role;
import id.netra.identity.UserContact;
import id.netra.identity.UserDirectory;
import id.netra.reference.ReferenceNames;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the responsible people by e-mail when a case escalates: the PPK's officers when a recommendation arrives,
 * when they are late, reprimanded or blocked, and BKN's officers when a PPK is late or blocked. Letters go along as
 * PDF attachments. Runs after the change committed, through the Event Publication Registry: if the mail server is
 * down the event stays failed and {@link FailedMailRetry} sends it again a few minutes later (and a restart does too),
 * and the case change itself never waits for SMTP.
 */
@Component
class EscalationMailer {

    private static final Logger log = LoggerFactory.getLogger(EscalationMailer.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final JavaMailSender mail;
    private final UserDirectory directory;
    private final CaseLetters letters;
    private final MessageSource messages;
    private final String from;
    private final ReferenceNames names;
    private final CaseRepository cases;

    EscalationMailer(JavaMailSender mail, UserDirectory directory, CaseLetters letters, MessageSource messages,
            @Value("${netra.mail.from:netra@localhost}") String from, ReferenceNames names, CaseRepository cases) {
        this.names = names;
        this.cases = cases;
        this.mail = mail;
        this.directory = directory;
        this.letters = letters;
        this.messages = messages;
        this.from = from;
    }

    /** The steps someone outside the case's desk must hear of; every other change is no mail. */
    static final Set<Action> MAILED =
            EnumSet.of(Action.RECOMMEND, Action.MARK_OVERDUE, Action.REPRIMAND, Action.BLOCK, Action.BLOCK_DUE);

    @ApplicationModuleListener
    void on(CaseStateChanged event) throws MessagingException {
        if (!MAILED.contains(event.action())) {
            return;
        }
        // a demo case (labelled on the case itself) is never notified to anyone outside Netra
        if (cases.findById(event.caseId()).map(Case::synthetic).orElse(false)) {
            return;
        }
        List<String> to = recipients(event);
        if (to.isEmpty()) {
            log.warn("No one to notify of {} on case {} (agency {})", event.action(), event.caseId(),
                    event.agencyCode());
            return;
        }
        Optional<CaseLetters.IssuedLetter> letter = switch (event.action()) {
            case RECOMMEND -> letters.latest(event.caseId(), LetterKind.RECOMMENDATION);
            case REPRIMAND -> letters.latest(event.caseId(), LetterKind.REPRIMAND);
            default -> Optional.empty();
        };
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.toArray(String[]::new));
        // names, not codes: the reader is an official, not a database
        // the case number officials quote (NTR-2024-000042), not the database id
        String caseNumber = cases.findById(event.caseId()).map(CaseNumber::of)
                .orElseGet(() -> CaseNumber.of(event.caseId(), event.at()));
        Object[] args = {caseNumber, names.region(event.regionCode()), names.agency(event.agencyCode()),
                letter.map(CaseLetters.IssuedLetter::number).orElse("-")};
        helper.setSubject(text("case.mail." + event.action().key() + ".subject", args));
        helper.setText(text("case.mail." + event.action().key() + ".body", args) + "\n\n" + text("case.mail.footer", args));
        if (letter.isPresent()) {
            helper.addAttachment(letter.get().number().replace('/', '-') + ".pdf",
                    new ByteArrayResource(letter.get().content()), "application/pdf");
        }
        try {
            mail.send(message);
        } catch (MailException e) {
            throw new MailNotSent(event.action().key(), event.caseId(), e);
        }
        log.info("Notified {} recipient(s) of {} on case {}", to.size(), event.action(), event.caseId());
    }

    private List<String> recipients(CaseStateChanged event) {
        List<String> to = new ArrayList<>();
        if (event.agencyCode() != null) {
            directory.withRole(Role.PPK_OFFICER).stream()
                    .filter(contact -> event.agencyCode().equals(contact.agencyCode()))
                    .map(UserContact::email).forEach(to::add);
        }
        if (event.action() == Action.BLOCK_DUE) {
            // only BKN blocks; the PPK hears of the block when it is recorded
            return directory.withRole(Role.BKN_OFFICER).stream().map(UserContact::email)
                    .filter(address -> address != null && !address.isBlank()).distinct().toList();
        }
        if (event.action() == Action.MARK_OVERDUE || event.action() == Action.BLOCK) {
            directory.withRole(Role.BKN_OFFICER).stream().map(UserContact::email).forEach(to::add);
        }
        return to.stream().filter(address -> address != null && !address.isBlank()).distinct().toList();
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, INDONESIAN);
    }
}
