// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.reconciliation.web;

import id.netra.analytics.reconciliation.Reconciliation;
import id.netra.identity.CurrentUserProvider;
import id.netra.reference.ElectionDirectory;
import id.netra.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Published figures beside Netra's own counts for one election: page and API. */
@Controller
@PreAuthorize("isAuthenticated()")
class ReconciliationController {

    static final String DEFAULT_ELECTION = "PILKADA-2020";

    private final Reconciliation reconciliation;
    private final CurrentUserProvider users;
    private final ElectionDirectory elections;

    ReconciliationController(Reconciliation reconciliation, CurrentUserProvider users, ElectionDirectory elections) {
        this.reconciliation = reconciliation;
        this.users = users;
        this.elections = elections;
    }

    @GetMapping("/analitik/rekonsiliasi")
    String page(@RequestParam(name = "pemilihan", defaultValue = DEFAULT_ELECTION) String election, Model model) {
        Reconciliation.View view = reconciliation.of(election, users.require())
                .or(() -> reconciliation.of(DEFAULT_ELECTION, users.require()))
                .orElseThrow(() -> new NotFoundException("election " + election));
        model.addAttribute("view", view);
        model.addAttribute("elections", elections.all());
        return "analytics/rekonsiliasi";
    }

    @GetMapping(path = "/api/v1/stats/reconciliation", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Each published figure of one election beside Netra's own count, with the difference")
    Reconciliation.View api(@RequestParam("election") String election) {
        return reconciliation.of(election, users.require())
                .orElseThrow(() -> new NotFoundException("election " + election));
    }
}
