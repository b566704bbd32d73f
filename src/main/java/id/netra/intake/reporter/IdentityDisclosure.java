// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.reporter;

import id.netra.shared.AuditEvent;
import id.netra.identity.CurrentUser;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportAccessPolicy;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.submission.SubmissionRules;
import id.netra.intake.submission.TextPolicy;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to read a reporter's identity: the custody policy must allow it, the user must say why, and the
 * opening is written to the audit trail (who, when, why; never the identity itself) in the same transaction.
 */
@Service
public class IdentityDisclosure {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 500;

    private final ReportRepository reports;
    private final ReporterIdentityStore store;
    private final ApplicationEventPublisher audit;
    private final ReportAccessPolicy policy = new ReportAccessPolicy();

    IdentityDisclosure(ReportRepository reports, ReporterIdentityStore store, ApplicationEventPublisher audit) {
        this.reports = reports;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public ReporterIdentity open(CurrentUser user, UUID reportId, String reason) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        if (!policy.mayHandle(user, report.regionCode()).allowed()) {
            throw new NotFoundException("report " + reportId);
        }
        policy.mayOpenIdentity(user, report.regionCode(), report.reporterMode()).orThrow();
        String why = TextPolicy.clean(reason);
        reasonGiven(why).orThrow(SubmissionRules.SUMMARY_KEY);
        Optional<ReporterIdentity> kept = store.open(reportId);
        Decision.when(kept.isPresent(), "intake.identity.none-kept").orThrow();
        ReporterIdentity identity = kept.orElseThrow();
        audit.publishEvent(new AuditEvent("reporter-identity.viewed", "report", reportId.toString(), user.username(),
                "mode=" + report.reporterMode() + "; reason=" + why));
        return identity;
    }

    /** Opening an identity needs a written reason of {@value #MIN_REASON} to {@value #MAX_REASON} plain characters. */
    static Decision reasonGiven(String why) {
        boolean given = why != null && why.length() >= MIN_REASON && why.length() <= MAX_REASON
                && !TextPolicy.hasForbiddenCharacters(why);
        return given ? Decision.allow() : Decision.rejectField("reason", "intake.identity.reason", MIN_REASON, MAX_REASON);
    }
}
