// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import io.swagger.v3.oas.annotations.Parameter;
import id.netra.reference.ReferenceNames;
import id.netra.cases.application.CaseDetails;
import id.netra.cases.application.CaseFilter;
import id.netra.cases.application.CasePage;
import id.netra.cases.application.CaseQueries;
import id.netra.cases.application.CaseWorkflow;
import id.netra.cases.domain.CaseState;
import id.netra.shared.NotFoundException;
import id.netra.cases.domain.ActionDeclarations;
import id.netra.cases.domain.ActionDeclarations.Declaration;
import id.netra.cases.domain.ActionRequest;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import tools.jackson.databind.JsonNode;
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

    /** The parameter a validation failure names: the action's body. */
    private static final MethodParameter BODY = bodyParameter();

    private final CaseQueries queries;
    private final CaseWorkflow workflow;
    private final ActionBinding binding;
    private final ReferenceNames names;

    CaseApiController(CaseQueries queries, CaseWorkflow workflow, ActionBinding binding, ReferenceNames names) {
        this.queries = queries;
        this.workflow = workflow;
        this.binding = binding;
        this.names = names;
    }

    private static MethodParameter bodyParameter() {
        try {
            return new MethodParameter(CaseApiController.class.getDeclaredMethod("act", long.class, String.class,
                    JsonNode.class, HttpServletRequest.class), 2);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
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
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "deadline") String sort,
            @Parameter(description = "Cari nomor perkara, nama atau NIP terlapor, atau nama instansi (seperti di "
                    + "halaman antrean)") @RequestParam(required = false) String q) {
        return queries.list(new CaseFilter(state, agency, region, null, dueBefore, election)
                .withSearch(q, names::agencyCodesContaining), page, size, sort);
    }

    /**
     * Every user action, bound to the record its declaration names ({@code @Declares}); the OpenAPI document lists
     * one typed operation per action ({@link CaseActionsOpenApi}) in place of this generic one.
     */
    @Hidden
    @PostMapping("/{id}/actions/{action}")
    CaseDetails act(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) JsonNode body, HttpServletRequest http)
            throws MethodArgumentNotValidException {
        Declaration declaration = ActionDeclarations.byApiName(action)
                .orElseThrow(() -> new NotFoundException("unknown case action " + action));
        ActionRequest request;
        try {
            request = binding.fromJson(declaration, body);
        } catch (IllegalArgumentException unreadable) {
            throw new HttpMessageNotReadableException(unreadable.getMessage(), unreadable,
                    new ServletServerHttpRequest(http));
        }
        List<FieldError> invalid = binding.validate(request, "body");
        if (!invalid.isEmpty()) {
            BindingResult result = new MapBindingResult(new java.util.HashMap<>(), "body");
            invalid.forEach(result::addError);
            throw new MethodArgumentNotValidException(BODY, result);
        }
        return perform(id, request);
    }

    private CaseDetails perform(long id, ActionRequest request) {
        workflow.perform(id, request);
        return queries.details(id);
    }
}
