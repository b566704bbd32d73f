// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.AuditEvent;
import id.netra.audit.AuditTrail;
import id.netra.audit.chain.AuditChainVerifier;
import id.netra.audit.chain.AuditFilter;
import id.netra.audit.chain.AuditLog;
import id.netra.audit.chain.ChainVerification;
import id.netra.audit.chain.AuditLog.AuditPage;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.SpreadsheetCells;
import id.netra.shared.TimeConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators: a filtered, paged table, a chain check and a CSV export. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

    static final int PAGE_SIZE = 50;
    private static final String[] CSV_HEADER = {"sequence_number", "occurred_at", "action", "subject_type",
        "subject_id", "actor", "details", "previous_hash", "hash"};

    private final AuditLog log;
    private final AuditChainVerifier verifier;
    private final AuditTrail trail;
    private final CurrentUserProvider users;

    AuditLogController(AuditLog log, AuditChainVerifier verifier, AuditTrail trail, CurrentUserProvider users) {
        this.log = log;
        this.verifier = verifier;
        this.trail = trail;
        this.users = users;
    }

    @GetMapping
    String page(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(action, actor);
        AuditPage entries = log.page(filter, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", entries.entries().stream().map(AuditEntryView::of).toList());
        model.addAttribute("page", entries);
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

    /** Exports are themselves audited: the log leaves the system with them. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            HttpServletResponse response) throws IOException {
        AuditFilter filter = new AuditFilter(action, actor);
        String who = users.require().username();
        trail.record(new AuditEvent("audit.exported", "audit-log", null, who,
                "action=" + nullToEmpty(filter.actionPrefix()) + "; actor=" + nullToEmpty(filter.actor())));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"netra-audit.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            log.forEach(filter, entry -> {
                try {
                    csv.printRecord(entry.sequenceNumber(), entry.occurredAt(), cell(entry.action()),
                            cell(entry.subjectType()), cell(entry.subjectId()), cell(entry.actor()),
                            cell(entry.details()), entry.previousHash(), entry.hash());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
