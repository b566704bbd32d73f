// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.notify.DemoMailSink;
import id.netra.cases.notify.UndeliveredMail;
import id.netra.shared.TimeConfiguration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What Netra sent: in the demo run the mail its in-process SMTP sink received; always the escalation e-mails not
 * delivered yet, which are retried. Administrators only (the /admin paths).
 */
@Controller
class OutgoingMailPageController {

    private final ObjectProvider<DemoMailSink> sink;
    private final UndeliveredMail undelivered;

    OutgoingMailPageController(ObjectProvider<DemoMailSink> sink, UndeliveredMail undelivered) {
        this.sink = sink;
        this.undelivered = undelivered;
    }

    @GetMapping("/admin/mail")
    String outgoing(Model model) {
        DemoMailSink demo = sink.getIfAvailable();
        model.addAttribute("sinkActive", demo != null);
        model.addAttribute("mails", demo == null ? List.of() : demo.received());
        model.addAttribute("pending", undelivered.pending());
        model.addAttribute("wib", TimeConfiguration.WIB);
        return "cases/outgoing-mail";
    }
}
