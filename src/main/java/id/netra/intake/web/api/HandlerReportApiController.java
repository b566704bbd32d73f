// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.intake.ReportStatus;
import id.netra.intake.handling.DuplicateDecisions;
import id.netra.intake.handling.HandledReports;
import id.netra.intake.handling.ReportFilter;
import id.netra.intake.handling.ReportList;
import id.netra.intake.reporter.IdentityDisclosure;
import id.netra.intake.reporter.ReporterIdentity;
import id.netra.intake.submission.ShapeValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The handlers' report API: list, read, message the reporter, move the status, open a sealed identity. */
@RestController
@RequestMapping("/api/v1/reports")
class HandlerReportApiController {

    private final CurrentUserProvider users;
    private final ReportList list;
    private final HandledReports reports;
    private final IdentityDisclosure disclosure;
    private final ShapeValidation shape;
    private final DuplicateDecisions decisions;

    HandlerReportApiController(CurrentUserProvider users, ReportList list, HandledReports reports,
            IdentityDisclosure disclosure, ShapeValidation shape, DuplicateDecisions decisions) {
        this.decisions = decisions;
        this.users = users;
        this.list = list;
        this.reports = reports;
        this.disclosure = disclosure;
        this.shape = shape;
    }

    @GetMapping
    ReportList.Page list(@RequestParam(required = false) String electionCode,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean ascending,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return list.list(users.require(), new ReportFilter(electionCode, regionCode, status,
                ReportFilter.Sort.parse(sort), ascending, page, size));
    }

    @GetMapping("/{reportId}")
    ReportDetailsResponse details(@PathVariable UUID reportId) {
        return ReportDetailsResponse.of(reports.details(users.require(), reportId));
    }

    @PostMapping("/{reportId}/messages")
    ResponseEntity<Void> message(@PathVariable UUID reportId, @RequestBody MessageRequest request) {
        shape.requireValid(request);
        reports.postMessage(users.require(), reportId, request.text(), request.internal());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/{reportId}/status")
    ResponseEntity<Void> status(@PathVariable UUID reportId, @RequestBody StatusRequest request) {
        shape.requireValid(request);
        reports.moveStatus(users.require(), reportId, request.status());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{reportId}/duplicate-flags/{flagId}")
    ResponseEntity<Void> decide(@PathVariable UUID reportId, @PathVariable UUID flagId,
            @RequestBody DecisionRequest request) {
        shape.requireValid(request);
        decisions.decide(users.require(), reportId, flagId, request.decision());
        return ResponseEntity.noContent().build();
    }

    /** POST, not GET: opening an identity is an act with a reason, audited, and never cached. */
    @PostMapping("/{reportId}/reporter-identity")
    ResponseEntity<IdentityResponse> identity(@PathVariable UUID reportId, @RequestBody IdentityRequest request) {
        shape.requireValid(request);
        CurrentUser user = users.require();
        ReporterIdentity identity = disclosure.open(user, reportId, request.reason());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new IdentityResponse(identity.name(),
                identity.nik(), identity.phone(), identity.email()));
    }

    /** @param internal {@code true} for a note the reporter never sees */
    record MessageRequest(
            @NotBlank(message = "{intake.validation.required}")
            @Size(max = 5000, message = "{intake.validation.too-long}") String text,
            boolean internal) {
    }

    /** {@code LINK} as related, {@code MERGE} the other report into this one, or {@code DISMISS} the flag. */
    record DecisionRequest(@NotNull(message = "{intake.validation.required}") DuplicateDecisions.Decision decision) {
    }

    record StatusRequest(@NotNull(message = "{intake.validation.required}") ReportStatus status) {
    }

    record IdentityRequest(
            @NotBlank(message = "{intake.validation.required}")
            @Size(max = 500, message = "{intake.validation.too-long}") String reason) {
    }

    record IdentityResponse(String name, String nik, String phone, String email) {

        @Override
        public String toString() {
            return "IdentityResponse[redacted]";
        }
    }
}
