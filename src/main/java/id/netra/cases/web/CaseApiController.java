// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.ActionRequest;
import id.netra.cases.application.CaseDetails;
import id.netra.cases.application.CaseFilter;
import id.netra.cases.application.CasePage;
import id.netra.cases.application.CaseQueries;
import id.netra.cases.application.CaseWorkflow;
import id.netra.cases.domain.CaseState;
import id.netra.shared.NotFoundException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case API. Access is decided in the application services (404 for cases the caller may not see, 422 for
 * actions they may not take now, 409 for stale versions); this controller only binds and validates.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    private final CaseQueries queries;
    private final CaseWorkflow workflow;

    CaseApiController(CaseQueries queries, CaseWorkflow workflow) {
        this.queries = queries;
        this.workflow = workflow;
    }

    @GetMapping("/{id}")
    CaseDetails get(@PathVariable long id) {
        return queries.details(id);
    }

    @GetMapping
    CasePage list(@RequestParam(required = false) Set<CaseState> state,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) String election, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "deadline") String sort) {
        return queries.list(new CaseFilter(state, agency, region, null, dueBefore, election), page, size, sort);
    }

    @PostMapping("/{id}/actions/forward")
    CaseDetails forward(@PathVariable long id, @Valid @RequestBody(required = false) ActionRequest.Forward body) {
        return perform(id, body != null ? body : new ActionRequest.Forward(null, null, List.of(), null));
    }

    @PostMapping("/{id}/actions/stop")
    CaseDetails stop(@PathVariable long id, @Valid @RequestBody ActionRequest.Stop body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/not-a-violation")
    CaseDetails notAViolation(@PathVariable long id, @Valid @RequestBody ActionRequest.NotAViolation body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/not-asn")
    CaseDetails notAsn(@PathVariable long id, @Valid @RequestBody ActionRequest.NotAsn body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/ask-info")
    CaseDetails askInfo(@PathVariable long id, @Valid @RequestBody ActionRequest.AskInfo body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/info-complete")
    CaseDetails infoComplete(@PathVariable long id,
            @Valid @RequestBody(required = false) ActionRequest.InfoComplete body) {
        return perform(id, body != null ? body : new ActionRequest.InfoComplete(null, null, List.of(), null));
    }

    @PostMapping("/{id}/actions/correct-person")
    CaseDetails correctPerson(@PathVariable long id, @Valid @RequestBody ActionRequest.CorrectPerson body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/start-examination")
    CaseDetails startExamination(@PathVariable long id,
            @Valid @RequestBody(required = false) ActionRequest.StartExamination body) {
        return perform(id, body != null ? body : new ActionRequest.StartExamination(null, null, List.of(), null));
    }

    @PostMapping("/{id}/actions/not-registered")
    CaseDetails notRegistered(@PathVariable long id, @Valid @RequestBody ActionRequest.NotRegistered body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/verify")
    CaseDetails verify(@PathVariable long id, @Valid @RequestBody(required = false) ActionRequest.Verify body) {
        return perform(id, body != null ? body : new ActionRequest.Verify(null, null, null, null, List.of(), null));
    }

    @PostMapping("/{id}/actions/recommend")
    CaseDetails recommend(@PathVariable long id,
            @Valid @RequestBody(required = false) ActionRequest.Recommend body) {
        return perform(id, body != null ? body : new ActionRequest.Recommend(null, null, null, null, null, List.of(),
                null));
    }

    @PostMapping("/{id}/actions/not-proven")
    CaseDetails notProven(@PathVariable long id, @Valid @RequestBody ActionRequest.NotProven body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/decide")
    CaseDetails decide(@PathVariable long id, @Valid @RequestBody ActionRequest.Decide body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/reprimand")
    CaseDetails reprimand(@PathVariable long id,
            @Valid @RequestBody(required = false) ActionRequest.Reprimand body) {
        return perform(id, body != null ? body : new ActionRequest.Reprimand(null, null, null, List.of(), null));
    }

    @PostMapping("/{id}/actions/report-to-president")
    CaseDetails reportToPresident(@PathVariable long id,
            @Valid @RequestBody(required = false) ActionRequest.ReportToPresident body) {
        return perform(id, body != null ? body : new ActionRequest.ReportToPresident(null, null, List.of(), null));
    }

    @PostMapping("/{id}/actions/block")
    CaseDetails block(@PathVariable long id, @Valid @RequestBody ActionRequest.Block body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/cancel")
    CaseDetails cancel(@PathVariable long id, @Valid @RequestBody ActionRequest.Cancel body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/reject")
    CaseDetails reject(@PathVariable long id, @Valid @RequestBody ActionRequest.Reject body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/left-service")
    CaseDetails leftService(@PathVariable long id, @Valid @RequestBody ActionRequest.LeftService body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/appeal")
    CaseDetails appeal(@PathVariable long id, @Valid @RequestBody ActionRequest.Appeal body) {
        return perform(id, body);
    }

    @PostMapping("/{id}/actions/decide-appeal")
    CaseDetails decideAppeal(@PathVariable long id, @Valid @RequestBody ActionRequest.DecideAppeal body) {
        return perform(id, body);
    }

    /** Any other action name: there is no such resource. */
    @PostMapping("/{id}/actions/{action}")
    CaseDetails unknown(@PathVariable long id, @PathVariable String action) {
        throw new NotFoundException("unknown case action " + action);
    }

    private CaseDetails perform(long id, ActionRequest request) {
        workflow.perform(id, request);
        return queries.details(id);
    }
}
