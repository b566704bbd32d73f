// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.identity.CurrentUserProvider;
import id.netra.intake.handling.BawasluFindings;
import id.netra.intake.submission.ReportSubmission;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Bawaslu officer registers a finding (temuan): the report body of the public API, without a reporter. */
@RestController
class FindingApiController {

    private final CurrentUserProvider users;
    private final BawasluFindings findings;

    FindingApiController(CurrentUserProvider users, BawasluFindings findings) {
        this.users = users;
        this.findings = findings;
    }

    @PostMapping("/api/v1/findings")
    ResponseEntity<Map<String, UUID>> register(@RequestBody ReportSubmission finding) {
        UUID reportId = findings.register(users.require(), finding);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + reportId)).body(Map.of("reportId", reportId));
    }
}
