// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import id.netra.intake.domain.Channel;
import id.netra.intake.domain.NipPolicy;
import id.netra.intake.domain.PersonNames;
import id.netra.intake.domain.ReportDraft;
import id.netra.intake.domain.ReporterMode;
import id.netra.intake.reporter.ReporterIdentity;
import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.PositionClass;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.reference.ViolationCatalogue;
import id.netra.shared.Decision;
import id.netra.shared.Decision.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a well-formed {@link ReportSubmission} against the reference data and the domain policies, collecting every
 * reason at once, and turns it into a {@link ReportDraft} plus the reporter's identity when the mode keeps one.
 */
@Component
public class SubmissionRules {

    public static final String NOT_SURE = "NOT_SURE";
    static final LocalDate EARLIEST_EVENT = LocalDate.of(2014, 1, 1);

    private final ElectionDirectory elections;
    private final RegionDirectory regions;
    private final AgencyDirectory agencies;
    private final ViolationCatalogue violations;
    private final NipPolicy nipPolicy;
    private final ReporterRules reporterRules = new ReporterRules();
    private final Clock clock;

    SubmissionRules(ElectionDirectory elections, RegionDirectory regions, AgencyDirectory agencies,
            ViolationCatalogue violations, Clock clock) {
        this.elections = elections;
        this.regions = regions;
        this.agencies = agencies;
        this.violations = violations;
        this.nipPolicy = new NipPolicy(clock);
        this.clock = clock;
    }

    /** Shown above the listed reasons when a report breaks the rules. */
    public static final String SUMMARY_KEY = "intake.problem.rules";

    /** The checked report, or a {@link id.netra.shared.PolicyRejectedException} listing every reason. */
    public CheckedSubmission check(ReportSubmission submission, Channel channel) {
        Outcome outcome = evaluate(submission);
        Decision.rejectAll(outcome.reasons()).orThrow(SUMMARY_KEY);
        ReportDraft draft = new ReportDraft(channel, submission.electionCode().strip(), submission.regionCode().strip(),
                violationCode(submission.violationCode()), submission.occurredOn(),
                TextPolicy.clean(submission.place()), TextPolicy.clean(submission.description()), outcome.mode(),
                outcome.persons(), outcome.links(), null, null);
        return new CheckedSubmission(draft, Optional.ofNullable(outcome.identity()));
    }

    /**
     * The rules' decision on a submission whose shape may also be broken: checks of missing fields are skipped, so
     * that a form can show shape and rule reasons together.
     */
    public Decision decide(ReportSubmission submission) {
        return Decision.rejectAll(evaluate(submission).reasons());
    }

    private Outcome evaluate(ReportSubmission submission) {
        List<Reason> reasons = new ArrayList<>();
        checkReport(submission, reasons);
        List<ReportDraft.Person> persons = checkPersons(submission.reportedPersons(), reasons);
        List<String> links = checkLinks(submission.evidenceLinks(), reasons);
        ReporterMode mode = submission.reporter() == null ? null : reporterRules.mode(submission.reporter(), reasons);
        ReporterIdentity identity = mode == null ? null : reporterRules.identity(mode, submission.reporter(), reasons);
        return new Outcome(reasons, persons, links, mode, identity);
    }

    private record Outcome(List<Reason> reasons, List<ReportDraft.Person> persons, List<String> links,
            ReporterMode mode, ReporterIdentity identity) {
    }

    private void checkReport(ReportSubmission submission, List<Reason> reasons) {
        plainText("place", submission.place(), reasons);
        plainText("description", submission.description(), reasons);
        if (submission.electionCode() != null && elections.find(submission.electionCode().strip()).isEmpty()) {
            reasons.add(Reason.ofField("electionCode", "intake.election.unknown", submission.electionCode()));
        }
        String regionCode = submission.regionCode() == null ? "" : submission.regionCode().strip();
        regions.find(regionCode).ifPresentOrElse(
                region -> {
                    if (region.level() != RegionLevel.REGENCY) {
                        reasons.add(Reason.ofField("regionCode", "intake.region.not-regency", region.name()));
                    }
                },
                () -> {
                    if (!regionCode.isEmpty()) {
                        reasons.add(Reason.ofField("regionCode", "intake.region.unknown", regionCode));
                    }
                });
        String violation = violationCode(submission.violationCode());
        if (violation != null && violations.find(violation).isEmpty()) {
            reasons.add(Reason.ofField("violationCode", "intake.violation.unknown", submission.violationCode()));
        }
        LocalDate today = LocalDate.now(clock);
        if (submission.occurredOn() == null) {
            return;
        } else if (submission.occurredOn().isAfter(today)) {
            reasons.add(Reason.ofField("occurredOn", "intake.occurred-on.future"));
        } else if (submission.occurredOn().isBefore(EARLIEST_EVENT)) {
            reasons.add(Reason.ofField("occurredOn", "intake.occurred-on.too-old", EARLIEST_EVENT.toString()));
        }
    }

    private List<ReportDraft.Person> checkPersons(List<ReportSubmission.Person> persons, List<Reason> reasons) {
        List<ReportDraft.Person> checked = new ArrayList<>();
        if (persons == null) {
            return checked;
        }
        Set<String> seenNames = new HashSet<>();
        Set<String> seenNips = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            String prefix = "reportedPersons[" + i + "].";
            ReportSubmission.Person person = persons.get(i);
            if (person == null) {
                continue;
            }
            plainText(prefix + "name", person.name(), reasons);
            plainText(prefix + "agencyName", person.agencyName(), reasons);
            plainText(prefix + "positionTitle", person.positionTitle(), reasons);
            String nip = TextPolicy.clean(person.nip());
            if (nip != null) {
                Decision nipCheck = nipPolicy.check(nip);
                if (nipCheck.allowed()) {
                    nip = NipPolicy.normalise(nip);
                    if (!seenNips.add(nip)) {
                        reasons.add(Reason.ofField(prefix + "nip", "intake.person.duplicate"));
                    }
                } else {
                    reasons.add(Reason.ofField(prefix + "nip", nipCheck.reasons().get(0).messageKey(),
                            nipCheck.reasons().get(0).argArray()));
                }
            }
            if (person.name() != null && !seenNames.add(PersonNames.normalise(person.name()))) {
                reasons.add(Reason.ofField(prefix + "name", "intake.person.duplicate"));
            }
            Agency agency = resolveAgency(prefix, person, reasons);
            PositionClass positionClass = positionClass(prefix, person.positionClass(), reasons);
            checked.add(new ReportDraft.Person(TextPolicy.clean(person.name()), nip,
                    agency == null ? null : agency.code(), agencyName(person, agency), positionClass,
                    TextPolicy.clean(person.positionTitle())));
        }
        return checked;
    }

    private Agency resolveAgency(String prefix, ReportSubmission.Person person, List<Reason> reasons) {
        String code = TextPolicy.clean(person.agencyCode());
        String name = TextPolicy.clean(person.agencyName());
        if (code != null) {
            Optional<Agency> agency = agencies.find(code);
            if (agency.isEmpty()) {
                reasons.add(Reason.ofField(prefix + "agencyCode", "intake.agency.unknown", code));
            }
            return agency.orElse(null);
        }
        if (name == null) {
            reasons.add(Reason.ofField(prefix + "agencyName", "intake.agency.required"));
            return null;
        }
        return TextPolicy.hasForbiddenCharacters(name) ? null : agencies.matchName(name).orElse(null);
    }

    private static String agencyName(ReportSubmission.Person person, Agency agency) {
        String typed = TextPolicy.clean(person.agencyName());
        return typed != null ? typed : agency == null ? null : agency.name();
    }

    private static PositionClass positionClass(String prefix, String value, List<Reason> reasons) {
        String cleaned = TextPolicy.clean(value);
        if (cleaned == null) {
            return null;
        }
        try {
            return PositionClass.valueOf(cleaned.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reasons.add(Reason.ofField(prefix + "positionClass", "intake.position-class.unknown"));
            return null;
        }
    }

    private static List<String> checkLinks(List<String> links, List<Reason> reasons) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; links != null && i < links.size(); i++) {
            String link = TextPolicy.clean(links.get(i));
            if (link == null) {
                continue;
            }
            if (isWebAddress(link)) {
                checked.add(link);
            } else {
                reasons.add(Reason.ofField("evidenceLinks[" + i + "]", "intake.link.invalid"));
            }
        }
        return checked;
    }

    /** Only absolute http(s) addresses with a host: no {@code javascript:}, {@code data:} or {@code file:} links. */
    static boolean isWebAddress(String link) {
        if (TextPolicy.hasForbiddenCharacters(link) || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String violationCode(String code) {
        String cleaned = TextPolicy.clean(code);
        return cleaned == null || cleaned.equalsIgnoreCase(NOT_SURE) ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    static void plainText(String field, String value, List<Reason> reasons) {
        if (TextPolicy.hasForbiddenCharacters(value)) {
            reasons.add(Reason.ofField(field, "intake.text.forbidden-characters"));
        }
    }

    /** A report that passed every rule, with the identity to seal when the reporter's mode keeps one. */
    public record CheckedSubmission(ReportDraft draft, Optional<ReporterIdentity> identity) {

        /** For imports: the report as known in its source system, which makes importing it again a no-op. */
        public CheckedSubmission fromSource(String system, String externalId) {
            return new CheckedSubmission(draft.fromSource(system, externalId), identity);
        }
    }
}
