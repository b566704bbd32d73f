// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.intake.domain.Channel;
import id.netra.intake.web.ratelimit.Limit;
import id.netra.intake.web.ratelimit.RateLimited;
import id.netra.intake.submission.ReportSubmission;
import id.netra.intake.submission.ReportSubmissionService;
import id.netra.intake.submission.ReportSubmissionService.SubmittedReport;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public report submission over JSON; no sign-in. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    /** Public reporters are never named in {@code created_by}, whatever their mode. */
    static final String PUBLIC_ACTOR = "anonymous";

    private final ReportSubmissionService submissions;

    ReportApiController(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    /** 201 with the receipt, sent only after the report committed; the receipt is never shown again. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RateLimited(Limit.SUBMISSION)
    ResponseEntity<SubmittedResponse> submit(@RequestBody ReportSubmission submission) {
        SubmittedReport submitted = submissions.submit(submission, Channel.PUBLIC_API, PUBLIC_ACTOR);
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new SubmittedResponse(submitted.reportId(), submitted.receipt().digits()));
    }

    record SubmittedResponse(UUID reportId, String receipt) {
    }
}
