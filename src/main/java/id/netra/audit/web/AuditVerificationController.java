// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.chain.AuditChainVerifier;
import id.netra.audit.chain.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Is the audit trail intact? Walks the whole chain on every call. */
@RestController
class AuditVerificationController {

    private final AuditChainVerifier verifier;

    AuditVerificationController(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/v1/admin/audit/verify")
    @PreAuthorize("hasRole('ADMIN')")
    ChainVerification verify() {
        return verifier.verify();
    }
}
