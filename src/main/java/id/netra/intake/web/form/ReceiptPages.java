// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import id.netra.intake.ReportStatus;
import id.netra.intake.evidence.EvidenceInspector;
import id.netra.intake.tracking.ReceiptAccess;
import id.netra.intake.tracking.ReceiptEvidence;
import id.netra.intake.tracking.ReporterOutcome;
import id.netra.intake.tracking.ReporterView;
import id.netra.intake.tracking.UnknownReceiptException;
import id.netra.intake.web.ratelimit.Limit;
import id.netra.intake.web.ratelimit.RateLimited;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.TimeConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The receipt shown once after a report, and the status pages opened with it. The receipt is posted, never put in a
 * URL; the status page carries it in hidden fields so that replying and adding evidence need no retyping.
 */
@Controller
@RequestMapping("/lapor")
class ReceiptPages {

    static final String PUBLIC_ACTOR = "anonymous";
    static final String RECEIPT_FLASH = "receipt";
    static final String LOOKUP = "intake/public/status-lookup";
    static final String STATUS = "intake/public/status";

    private final ReceiptAccess access;
    private final ReceiptEvidence evidence;
    private final ReporterOutcome outcomes;

    ReceiptPages(ReceiptAccess access, ReceiptEvidence evidence, ReporterOutcome outcomes) {
        this.access = access;
        this.evidence = evidence;
        this.outcomes = outcomes;
    }

    /** Shows the receipt from the flash attribute exactly once; a reload finds nothing and goes to the status page. */
    @GetMapping("/terima-kasih")
    String thanks(Model model, HttpServletResponse response) {
        if (!(model.getAttribute(RECEIPT_FLASH) instanceof String receipt) || receipt.isEmpty()) {
            return "redirect:/lapor/status";
        }
        response.setHeader("Cache-Control", "no-store");
        return "intake/public/receipt";
    }

    @GetMapping("/status")
    String lookup() {
        return LOOKUP;
    }

    @PostMapping("/status")
    @RateLimited(Limit.RECEIPT_USE)
    String status(@RequestParam(name = "receipt", required = false) String receipt, Model model,
            HttpServletResponse response) {
        return showStatus(receipt, model, response);
    }

    @PostMapping("/status/balas")
    @RateLimited(Limit.RECEIPT_USE)
    String reply(@RequestParam(name = "receipt", required = false) String receipt,
            @RequestParam(name = "text", required = false) String text, Model model, HttpServletResponse response) {
        if (text == null || text.isBlank() || text.length() > 5000) {
            model.addAttribute("replyError", "intake.status.reply-invalid");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            try {
                access.reply(receipt, text);
                model.addAttribute("notice", "intake.status.reply-sent");
            } catch (PolicyRejectedException e) {
                model.addAttribute("replyError", e.reasons().get(0).messageKey());
                model.addAttribute("draft", text);
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        }
        return showStatus(receipt, model, response);
    }

    @PostMapping("/status/bukti")
    @RateLimited(Limit.RECEIPT_USE)
    String addEvidence(@RequestParam(name = "receipt", required = false) String receipt,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response) {
        try {
            if (FormUploads.of(files).isEmpty()) {
                model.addAttribute("fileErrorKey", "intake.evidence.none");
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            } else {
                evidence.add(receipt, null, FormUploads.of(files));
                model.addAttribute("notice", "intake.status.evidence-added");
            }
        } catch (PolicyRejectedException e) {
            if (!EvidenceInspector.aboutFiles(e)) {
                throw e;
            }
            model.addAttribute("fileError", e);
            response.setStatus(FormUploads.status(e));
        }
        return showStatus(receipt, model, response);
    }

    /** The timeline's steps: "more information needed" is a detour, shown only while the report is on it. */
    static List<ReportStatus> steps(ReportStatus current) {
        return java.util.Arrays.stream(ReportStatus.values())
                .filter(step -> step != ReportStatus.NEEDS_INFO || current == ReportStatus.NEEDS_INFO).toList();
    }

    private String showStatus(String receipt, Model model, HttpServletResponse response) {
        try {
            ReporterView view = access.view(receipt);
            model.addAttribute("view", view);
            model.addAttribute("outcome", outcomes.of(view.reportId()).orElse(null));
            model.addAttribute("steps", steps(view.status()));
            model.addAttribute("receipt", receipt.strip());
            model.addAttribute("zone", TimeConfiguration.WIB);
            response.setHeader("Cache-Control", "no-store");
            return STATUS;
        } catch (UnknownReceiptException e) {
            model.addAttribute("unknownReceipt", true);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return LOOKUP;
        }
    }
}
