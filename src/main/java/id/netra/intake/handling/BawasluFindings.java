// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.shared.AuditEvent;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.intake.domain.Channel;
import id.netra.intake.domain.ReportAccessPolicy;
import id.netra.intake.submission.ReportSubmission;
import id.netra.intake.submission.ReportSubmissionService;
import id.netra.intake.submission.SubmissionRules;
import id.netra.shared.Decision;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A finding (temuan) registered by a Bawaslu officer on behalf of the supervisor, for a region in their scope. It is a
 * report like any other (one case per named person follows) but its author is the officer, recorded as creator and
 * in the audit trail; it keeps no reporter identity and issues no receipt.
 */
@Service
public class BawasluFindings {

    private final ReportSubmissionService submissions;
    private final ApplicationEventPublisher audit;
    private final ReportAccessPolicy policy = new ReportAccessPolicy();

    BawasluFindings(ReportSubmissionService submissions, ApplicationEventPublisher audit) {
        this.submissions = submissions;
        this.audit = audit;
    }

    public UUID register(CurrentUser user, ReportSubmission finding) {
        // a missing region is left to the shape check below, which reports it as required
        String region = finding.regionCode() == null ? null : finding.regionCode().strip();
        Decision mayRegister = policy.mayRegisterFinding(user, region);
        if (mayRegister.rejected() && (region != null || !user.has(Role.BAWASLU_OFFICER))) {
            Decision.Reason why = mayRegister.reasons().get(0);
            Decision.rejectField("regionCode", why.messageKey(), why.argArray()).orThrow(SubmissionRules.SUMMARY_KEY);
        }
        ReportSubmission asFinding = new ReportSubmission(finding.electionCode(), finding.regionCode(),
                finding.reportedPersons(), finding.violationCode(), finding.occurredOn(), finding.place(),
                finding.description(), finding.evidenceLinks(),
                new ReportSubmission.Reporter("ANONYMOUS", null, null, null, null));
        return submissions.submit(submissions.check(asFinding, Channel.BAWASLU_FINDING), user.username(),
                reportId -> audit.publishEvent(new AuditEvent("finding.registered", "report", reportId.toString(),
                        user.username(), "region=" + finding.regionCode()))).reportId();
    }
}
