// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.chain.AuditAnchor;
import id.netra.audit.chain.AuditAnchoring;
import id.netra.audit.chain.AuditChainVerifier;
import id.netra.audit.chain.ChainVerification;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.AuditEvent;
import id.netra.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Is the audit trail intact? Walks the whole chain on every call and checks the latest anchor. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditVerificationController {

    private final AuditChainVerifier verifier;
    private final AuditAnchoring anchoring;
    private final ApplicationEventPublisher events;
    private final CurrentUserProvider users;

    AuditVerificationController(AuditChainVerifier verifier, AuditAnchoring anchoring, ApplicationEventPublisher events,
            CurrentUserProvider users) {
        this.verifier = verifier;
        this.anchoring = anchoring;
        this.events = events;
        this.users = users;
    }

    @GetMapping("/api/v1/admin/audit/verify")
    ChainVerification verify() {
        return verifier.verify();
    }

    /** Anchors the head now, besides the hourly job; e.g. before a backup or at the close of an election period. */
    @PostMapping("/api/v1/admin/audit/anchor")
    AuditAnchor anchor() {
        events.publishEvent(new AuditEvent("audit.anchor-requested", "audit-log", null, users.require().username(),
                null));
        return anchoring.anchorNow().orElseThrow(() -> new ConflictException("audit.anchor.refused"));
    }
}
