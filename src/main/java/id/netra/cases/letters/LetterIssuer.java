// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import id.netra.shared.AuditEvent;
import id.netra.cases.CaseStateChanged.Action;
import id.netra.cases.CaseStateChanged;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.ControlAuthority;
import id.netra.cases.persistence.CaseRepository;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.Election;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.ViolationCatalogue;
import id.netra.shared.TimeConfiguration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issues the recommendation letter when a case is recommended and the reprimand when BKN reprimands, inside the
 * transaction of the change: the number is drawn, the PDF stored and its SHA-256 written to the audit trail, or
 * nothing happens at all. Numbers run per issuing office and year ({@code B-0007/BKN/2024}).
 */
@Component
@EnableConfigurationProperties(LetterAuthorities.class)
class LetterIssuer {

    private final CaseRepository cases;
    private final LetterStore letters;
    private final AgencyDirectory agencies;
    private final ViolationCatalogue violations;
    private final ApplicationEventPublisher audit;
    private final ElectionDirectory elections;
    private final LetterAuthorities authorities;

    LetterIssuer(CaseRepository cases, LetterStore letters, AgencyDirectory agencies, ViolationCatalogue violations,
            ApplicationEventPublisher audit, ElectionDirectory elections, LetterAuthorities authorities) {
        this.elections = elections;
        this.authorities = authorities;
        this.cases = cases;
        this.letters = letters;
        this.agencies = agencies;
        this.violations = violations;
        this.audit = audit;
    }

    @EventListener
    void on(CaseStateChanged event) {
        if (event.action() != Action.RECOMMEND && event.action() != Action.REPRIMAND) {
            return;
        }
        Case c = cases.findById(event.caseId()).orElseThrow();
        if (event.action() == Action.REPRIMAND && c.reprimandedBy() != null
                && c.reprimandedBy() != ControlAuthority.BKN) {
            return; // Kemendagri or KemenPANRB issued its own letter; Netra records the step, not their letter
        }
        LocalDate issuedOn = LocalDate.ofInstant(event.at(), TimeConfiguration.WIB);
        boolean recommendation = event.action() == Action.RECOMMEND;
        String office = recommendation ? c.supervisingAuthority().name() : "BKN";
        String number = "B-%04d/%s/%d".formatted(letters.nextNumber(office, issuedOn.getYear()), office,
                issuedOn.getYear());
        var agency = Optional.ofNullable(c.person().agencyCode()).flatMap(agencies::find);
        var violation = Optional.ofNullable(c.violationCode()).flatMap(violations::find);
        String electionName = Optional.ofNullable(c.electionCode()).flatMap(elections::find).map(Election::name)
                .orElse(c.electionCode());
        LetterContent content = recommendation
                ? LetterComposer.recommendation(c, office, number, issuedOn, agency, violation, electionName,
                        authorities.of(office))
                : LetterComposer.reprimand(c, number, issuedOn, agency, violation,
                        letters.latestNumber(c.id(), LetterKind.RECOMMENDATION), ppkDeadline(c), electionName,
                        authorities.of("BKN"));
        byte[] pdf = LetterPdf.render(content);
        String sha256 = sha256(pdf);
        LetterKind kind = recommendation ? LetterKind.RECOMMENDATION : LetterKind.REPRIMAND;
        letters.save(c.id(), letters.nextSequenceInCase(c.id()), kind, number, office, issuedOn, sha256, pdf,
                event.at(), event.actor());
        audit.publishEvent(new AuditEvent("case.letter-issued", "case", String.valueOf(c.id()), event.actor(),
                "{\"kind\":\"" + kind + "\",\"number\":\"" + number + "\",\"sha256\":\"" + sha256 + "\"}"));
    }

    /** The follow-up deadline the PPK missed: the day before the case became late. */
    private static LocalDate ppkDeadline(Case c) {
        LocalDate late = c.dates().firstOverdueOn();
        return late == null ? null : late.minusDays(1);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
