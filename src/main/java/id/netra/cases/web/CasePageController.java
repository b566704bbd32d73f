// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.ActionRequest;
import id.netra.cases.application.CaseDetails;
import id.netra.cases.application.CasePage;
import id.netra.cases.application.CaseQueries;
import id.netra.cases.application.CaseQueues.Queue;
import id.netra.cases.application.CaseQueues;
import id.netra.cases.application.CaseWorkflow;
import id.netra.cases.application.QueueSort;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.reporting.ReportEvidenceSource;
import id.netra.reference.ReferenceNames;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.ViolationCategories;
import id.netra.shared.ConflictException;
import id.netra.shared.NotFoundException;
import id.netra.shared.RuleViolationException;
import id.netra.shared.TimeConfiguration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import tools.jackson.databind.json.JsonMapper;

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
    private final Validator validator;
    private final JsonMapper json;
    private final MessageSource messages;
    private final SanctionCatalogue sanctions;
    private final ViolationCategories categories;
    private final Clock clock;
    private final ReferenceNames names;

    CasePageController(CaseQueues queues, CaseQueries queries, CaseWorkflow workflow, ReportEvidenceSource evidence,
            Validator validator, JsonMapper json, MessageSource messages, SanctionCatalogue sanctions, Clock clock,
            ViolationCategories categories, ReferenceNames names) {
        this.names = names;
        this.categories = categories;
        this.sanctions = sanctions;
        this.clock = clock;
        this.queues = queues;
        this.queries = queries;
        this.workflow = workflow;
        this.evidence = evidence;
        this.validator = validator;
        this.json = json;
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
    String show(@PathVariable long id, Model model) {
        return page(queries.details(id), model);
    }

    @PostMapping("/cases/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            Model model, Locale locale) {
        CaseAction caseAction = CaseAction.fromApiName(action)
                .orElseThrow(() -> new NotFoundException("unknown case action " + action));
        try {
            ActionRequest request = ActionForms.bind(caseAction, form, json);
            var violations = validator.validate(request);
            if (violations.isEmpty()) {
                workflow.perform(id, request);
                model.addAttribute("notice", text("case.page.done", locale, label(caseAction, locale)));
            } else {
                model.addAttribute("error", violations.stream().map(ConstraintViolation::getMessage)
                        .collect(Collectors.joining(" ")));
            }
        } catch (IllegalArgumentException unreadable) {
            model.addAttribute("error", text("problem.invalid-input", locale));
        } catch (RuleViolationException refused) {
            model.addAttribute("error", text(refused.messageKey(), locale, refused.args()));
        } catch (ConflictException | ObjectOptimisticLockingFailureException stale) {
            model.addAttribute("error", text("case.stale-version", locale));
        }
        return page(queries.details(id), model);
    }

    private String page(CaseDetails details, Model model) {
        model.addAttribute("c", details);
        model.addAttribute("wib", TimeConfiguration.WIB);
        model.addAttribute("today", LocalDate.now(clock));
        Map<String, List<String>> reasonCodes = new HashMap<>();
        for (CaseAction coded : List.of(CaseAction.STOP, CaseAction.REJECT, CaseAction.CANCEL)) {
            reasonCodes.put(coded.apiName(), OutcomeReason.forAction(coded).stream().map(Enum::name).toList());
        }
        model.addAttribute("reasonCodes", reasonCodes);
        if (details.violationCode() != null) {
            var allowed = categories.containing(details.violationCode());
            model.addAttribute("categories", allowed);
            categories.all().stream().filter(k -> k.code().equals(details.categoryCode())).findFirst()
                    .ifPresent(k -> model.addAttribute("categoryName",
                            LocaleContextHolder.getLocale().getLanguage().equals("en") ? k.nameEn() : k.name()));
        }
        if (details.allowedActions().contains(CaseAction.DECIDE.apiName())) {
            // the catalogue of the incident's date first; today's too, since a PPK may decide outside the former
            LocalDate incident = details.occurredOn() != null ? details.occurredOn() : LocalDate.now(clock);
            var offered = new java.util.LinkedHashMap<String, id.netra.reference.Sanction>();
            sanctions.inForceOn(incident).forEach(s -> offered.put(s.code(), s));
            sanctions.inForceOn(LocalDate.now(clock)).forEach(s -> offered.putIfAbsent(s.code(), s));
            model.addAttribute("sanctions", List.copyOf(offered.values()));
        }
        model.addAttribute("evidence", evidence.evidenceOf(details.reportId()));
        return "cases/case";
    }

    private String label(CaseAction action, Locale locale) {
        return text("case.action.label." + action.key(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
