// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.KasnHandover;
import id.netra.cases.sweep.DeadlineSweepJob;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.shared.ConflictException;
import id.netra.shared.Decision;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrator operations on cases: run the deadline sweep as of a day, and the KASN→BKN handover. */
@RestController
@RequestMapping("/api/v1/admin")
class CaseAdminController {

    record SweepResult(LocalDate asOf, int escalated) {
    }

    record HandoverResult(int handedOver) {
    }

    private final DeadlineSweepJob sweep;
    private final KasnHandover handover;
    private final CurrentUserProvider users;
    private final Clock clock;

    CaseAdminController(DeadlineSweepJob sweep, KasnHandover handover, CurrentUserProvider users, Clock clock) {
        this.sweep = sweep;
        this.handover = handover;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Escalates every case whose deadline passed before {@code asOf} (default today). Idempotent; a date in the
     * future is refused because it would escalate cases that are not late yet.
     */
    @PostMapping("/deadline-sweep")
    SweepResult sweep(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        requireAdmin();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        Decision.when(!day.isAfter(today), "case.sweep.future-date", day).orThrow();
        int escalated = sweep.runNow(day).orElseThrow(() -> new ConflictException("case.sweep.already-running"));
        return new SweepResult(day, escalated);
    }

    @PostMapping("/cases/kasn-handover")
    HandoverResult kasnHandover() {
        CurrentUser admin = requireAdmin();
        return new HandoverResult(handover.handOver(admin.username()));
    }

    /** Checked here too, not only by the URL rules, so the rule holds whatever path maps here. */
    private CurrentUser requireAdmin() {
        CurrentUser user = users.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
        return user;
    }
}
