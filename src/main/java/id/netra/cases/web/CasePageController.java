// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.domain.ActionDeclarations;
import id.netra.cases.domain.ActionDeclarations.Declaration;
import id.netra.cases.domain.ActionRequest;
import id.netra.cases.domain.policy.SanctionConsistencyPolicy;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionLevel;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.web.DecisionBinding;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import id.netra.cases.application.CaseDetails;
import id.netra.cases.application.CasePage;
import id.netra.cases.application.CaseQueries;
import id.netra.cases.application.CaseQueues.Queue;
import id.netra.cases.application.CaseQueues;
import id.netra.cases.application.CaseWorkflow;
import id.netra.cases.application.QueueSort;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseState;
import id.netra.cases.reporting.ReportEvidenceSource;
import id.netra.reference.ReferenceNames;
import id.netra.shared.ConflictException;
import id.netra.shared.NotFoundException;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.ViolationCategories;
import id.netra.shared.TimeConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case pages: work queues, and one case with its timeline, deadline and the forms of exactly the actions this
 * user may take now. Forms post with htmx and the page swaps in the re-rendered case, with the reason when refused.
 */
@Controller
class CasePageController {

    private final CaseQueues queues;
    private final CaseQueries queries;
    private final CaseWorkflow workflow;
    private final ReportEvidenceSource evidence;
    private final ActionBinding binding;
    private final MessageSource messages;
    private final SanctionCatalogue sanctions;
    private final ViolationCategories categories;
    private final Clock clock;
    private final ReferenceNames names;

    CasePageController(CaseQueues queues, CaseQueries queries, CaseWorkflow workflow, ReportEvidenceSource evidence,
            ActionBinding binding, MessageSource messages, SanctionCatalogue sanctions, Clock clock,
            ViolationCategories categories, ReferenceNames names) {
        this.names = names;
        this.categories = categories;
        this.sanctions = sanctions;
        this.clock = clock;
        this.queues = queues;
        this.queries = queries;
        this.workflow = workflow;
        this.evidence = evidence;
        this.binding = binding;
        this.messages = messages;
    }

    /** Without a queue chosen: the user's tasks, or every visible case for the read-only roles that have none. */
    @GetMapping("/cases")
    String queues(@RequestParam(required = false) Queue queue, @RequestParam(required = false) String state,
            @RequestParam(required = false) String election, @RequestParam(required = false) String region,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String sort,
            @RequestParam(name = "q", required = false) String text, @RequestParam(defaultValue = "0") int page,
            Model model) {
        QueueRequest request = QueueRequest.of(queue == null ? queues.defaultQueue() : queue, state, election,
                region, agency, text, sort);
        QueueFilter filter = request.filter(names);
        CasePage cases = queues.queue(request.queue(), filter.filter(), request.sort(), page, 25);
        model.addAttribute("unresolved", filter.unresolved());
        model.addAttribute("queue", request.queue());
        model.addAttribute("request", request);
        model.addAttribute("queues", Queue.values());
        model.addAttribute("states", java.util.Arrays.stream(CaseState.values()).filter(s -> !s.legacy()).toList());
        model.addAttribute("cases", cases);
        model.addAttribute("wib", TimeConfiguration.WIB);
        Map<String, String> queueLinks = new HashMap<>();
        for (Queue q : Queue.values()) {
            queueLinks.put(q.name(), request.onQueue(q).link("/cases", QueueSort.defaultFor(q), null));
        }
        model.addAttribute("queueLinks", queueLinks);
        Map<String, String> sortLinks = new HashMap<>();
        for (QueueSort.Column column : QueueSort.Column.values()) {
            sortLinks.put(column.name(), request.link("/cases", request.sort().toggled(column), null));
        }
        model.addAttribute("sortLinks", sortLinks);
        model.addAttribute("previousLink", request.link("/cases", request.sort(), cases.page() - 1));
        model.addAttribute("nextLink", request.link("/cases", request.sort(), cases.page() + 1));
        model.addAttribute("csvLink", request.link(CaseCsvController.PATH, request.sort(), null));
        return "cases/queues";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String done, Model model, Locale locale) {
        ActionDeclarations.byApiName(done == null ? "" : done).ifPresent(declaration -> model.addAttribute("notice",
                text("case.page.done", locale, label(declaration.action(), locale))));
        return page(queries.details(id), model);
    }

    /**
     * Any declared action from its form. Done: redirect to the case (post/redirect/get). Refused: the page again,
     * with that action's form open, what was typed kept and each reason next to its field.
     */
    @PostMapping("/cases/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            Model model, Locale locale) {
        Declaration declaration = ActionDeclarations.byApiName(action)
                .orElseThrow(() -> new NotFoundException("unknown case action " + action));
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        BindingResult errors = new MapBindingResult(typed, "form");
        try {
            ActionRequest request = binding.fromForm(declaration, form);
            binding.validate(request, "form").forEach(errors::addError);
            if (ActionForm.of(declaration).reasonRequired() && (request.reason() == null || request.reason().isBlank())
                    && !errors.hasFieldErrors("reason")) {
                // every decision, ending and escalation says why, on the page as on paper
                errors.rejectValue("reason", "case.validation.reason-required", null,
                        text("case.validation.reason-required", locale));
            }
            if (!errors.hasErrors()) {
                workflow.perform(id, request);
                return "redirect:/cases/" + id + "?done=" + action;
            }
        } catch (IllegalArgumentException unreadable) {
            errors.reject("problem.invalid-input", text("problem.invalid-input", locale));
        } catch (PolicyRejectedException refused) {
            DecisionBinding.bind(refused.rejection(), errors);
        } catch (ConflictException | ObjectOptimisticLockingFailureException stale) {
            errors.reject("case.stale-version", text("case.stale-version", locale));
        }
        model.addAttribute("failedAction", action);
        model.addAttribute("formValues", typed);
        Map<String, String> fieldErrors = new HashMap<>();
        errors.getFieldErrors().forEach(e -> fieldErrors.merge(e.getField(), messages.getMessage(e, locale),
                (a, b) -> a + " " + b));
        model.addAttribute("fieldErrors", fieldErrors);
        if (errors.hasGlobalErrors()) {
            model.addAttribute("error", errors.getGlobalErrors().stream().map(e -> messages.getMessage(e, locale))
                    .collect(Collectors.joining(" ")));
        } else {
            model.addAttribute("error", text("case.page.form-has-errors", locale));
        }
        return page(queries.details(id), model);
    }

    private String page(CaseDetails details, Model model) {
        model.addAttribute("c", details);
        model.addAttribute("wib", TimeConfiguration.WIB);
        model.addAttribute("today", LocalDate.now(clock));
        Map<String, ActionForm> forms = new HashMap<>();
        details.allowedActions().forEach(a -> ActionDeclarations.byApiName(a)
                .ifPresent(declaration -> forms.put(a, ActionForm.of(declaration))));
        model.addAttribute("forms", forms);
        if (details.violationCode() != null) {
            var allowed = categories.containing(details.violationCode());
            model.addAttribute("categories", allowed);
            categories.all().stream().filter(k -> k.code().equals(details.categoryCode())).findFirst()
                    .ifPresent(k -> model.addAttribute("categoryName",
                            LocaleContextHolder.getLocale().getLanguage().equals("en") ? k.nameEn() : k.name()));
        }
        if (forms.containsKey(CaseAction.DECIDE.apiName()) || forms.containsKey(CaseAction.DECIDE_APPEAL.apiName())) {
            sanctionChoices(details, model);
        }
        if (details.decision() != null && details.decision().sanctionCode() != null) {
            sanctions.find(details.decision().sanctionCode())
                    .ifPresent(s -> model.addAttribute("decidedSanction", s.name()));
        }
        model.addAttribute("evidence", evidence.evidenceOf(details.reportId()));
        if (!details.pseudonymised()) { // the question and the reply are free text
            evidence.questionOf(details.reportId()).ifPresent(q -> model.addAttribute("reporterQuestion", q));
        }
        return "cases/case";
    }

    /**
     * The sanctions a PPK may choose: the catalogue of the incident's date first, today's too (a PPK may decide
     * outside the former). The one the catalogue maps to the proven violation is preselected and named; the page's
     * script says at once when the chosen one is lighter, where the SKB 2022 mapping applies.
     */
    private void sanctionChoices(CaseDetails details, Model model) {
        LocalDate incident = details.occurredOn() != null ? details.occurredOn() : LocalDate.now(clock);
        var offered = new java.util.LinkedHashMap<String, Sanction>();
        sanctions.inForceOn(incident).forEach(s -> offered.put(s.code(), s));
        sanctions.inForceOn(LocalDate.now(clock)).forEach(s -> offered.putIfAbsent(s.code(), s));
        model.addAttribute("sanctions", List.copyOf(offered.values()));
        if (details.proposedSanctionLevel() != null) {
            SanctionLevel mapped = SanctionLevel.valueOf(details.proposedSanctionLevel());
            model.addAttribute("mappedRank", mapped.ordinal());
            model.addAttribute("lighterCheck", SanctionConsistencyPolicy.skbMappingApplies(details.occurredOn()));
            sanctions.inForceOn(incident).stream().filter(s -> s.level() == mapped).findFirst()
                    .ifPresent(s -> {
                        model.addAttribute("recommendedSanction", s.code());
                        model.addAttribute("recommendedSanctionName", s.name());
                    });
        }
    }

    private String label(CaseAction action, Locale locale) {
        return text("case.action.label." + action.key(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
