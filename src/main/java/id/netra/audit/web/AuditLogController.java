// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.chain.AuditChainVerifier;
import id.netra.audit.chain.AuditLog;
import id.netra.audit.chain.AuditLog.AuditPage;
import id.netra.audit.chain.ChainVerification;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.AuditEvent;
import id.netra.shared.SpreadsheetCells;
import id.netra.shared.TimeConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators: a table filtered by date range, actor, object and action, paged with its total,
 * a chain check and a CSV export of the filtered view.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

    static final int PAGE_SIZE = 50;
    private static final int ACTOR_SUGGESTIONS = 200;
    private static final String[] CSV_HEADER = {"sequence_number", "occurred_at", "action", "action_label",
        "subject_type", "subject_id", "actor", "details", "previous_hash", "hash"};

    private final AuditLog log;
    private final AuditChainVerifier verifier;
    private final AuditEntryViews views;
    private final ApplicationEventPublisher events;
    private final CurrentUserProvider users;
    private final MessageSource messages;

    AuditLogController(AuditLog log, AuditChainVerifier verifier, AuditEntryViews views,
            ApplicationEventPublisher events, CurrentUserProvider users, MessageSource messages) {
        this.messages = messages;
        this.log = log;
        this.verifier = verifier;
        this.views = views;
        this.events = events;
        this.users = users;
    }

    @GetMapping
    String page(@ModelAttribute("query") AuditQuery query, @RequestParam(defaultValue = "0") String page,
            Model model, Locale locale) {
        AuditPage entries = log.page(query.filter(), pageNumber(page), PAGE_SIZE);
        model.addAttribute("entries", entries.entries().stream().map(entry -> views.of(entry, locale)).toList());
        model.addAttribute("page", entries);
        Map<String, String> problems = new LinkedHashMap<>();
        query.problems().forEach((field, problem) -> problems.put(field, messages.getMessage(problem, locale)));
        model.addAttribute("problems", problems);
        model.addAttribute("queryString", query.queryString());
        model.addAttribute("actions", log.actions().stream()
                .map(action -> new Choice(action, views.actionLabel(action, locale)))
                .sorted(Comparator.comparing(Choice::label)).toList());
        model.addAttribute("types", AuditEntryViews.SUBJECT_TYPES.stream()
                .map(type -> new Choice(type, views.subjectTypeLabel(type, locale))).toList());
        model.addAttribute("actors", log.actors(ACTOR_SUGGESTIONS));
        return "audit/log";
    }

    /** The chain check as an htmx fragment for the log page. */
    @GetMapping("/verify")
    String verify(Model model) {
        ChainVerification verification = verifier.verify();
        model.addAttribute("verification", verification);
        model.addAttribute("anchoredAtWib", verification.anchoredAt() == null ? null
                : verification.anchoredAt().atZone(TimeConfiguration.WIB));
        return "audit/log :: verification";
    }

    /**
     * The filtered view as CSV, with the stored codes (the chain can be re-checked from it) and the action's name.
     * Exports are themselves audited: the log leaves the system with them. A filter with an unreadable date goes
     * back to the page, which says what is wrong, rather than exporting more than was asked for.
     */
    @GetMapping("/export")
    String export(@ModelAttribute("query") AuditQuery query, HttpServletResponse response, Locale locale)
            throws IOException {
        if (!query.valid()) {
            return "redirect:/admin/audit?" + query.queryString();
        }
        events.publishEvent(new AuditEvent("audit.exported", "audit-log", null, users.require().username(),
                query.describe()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"netra-audit.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            log.forEach(query.filter(), entry -> {
                try {
                    csv.printRecord(entry.sequenceNumber(), entry.occurredAt(), cell(entry.action()),
                            cell(views.actionLabel(entry.action(), locale)), cell(entry.subjectType()),
                            cell(entry.subjectId()), cell(entry.actor()), cell(entry.details()),
                            entry.previousHash(), entry.hash());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return null;
    }

    /**
     * Text typed by anyone (a username attempted at sign-in lands in subject_id) is defused against spreadsheet
     * formulas. A value that already starts with an apostrophe gets one more, so the rule stays reversible for
     * re-checking hashes from an export: drop one leading apostrophe from a text cell that starts with one.
     */
    static String cell(String text) {
        if (text != null && text.startsWith("'")) {
            return "'" + text;
        }
        return SpreadsheetCells.defuse(text);
    }

    /** A page number nobody can read is the first page, not an error. */
    private static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** An option of a filter's select: the stored value and its name. */
    record Choice(String value, String label) {
    }
}
