// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Append-only, hash-chained audit trail of state changes and sensitive reads. Fed one way: every module publishes an
 * {@link id.netra.shared.AuditEvent} in the transaction of its change, and this module records it synchronously in
 * that transaction. It exposes no API; nobody depends on it. It uses identity only for its menu entry and the
 * signed-in administrator on its own pages.
 */
@ApplicationModule(displayName = "audit", allowedDependencies = {"shared", "shared :: web", "identity"})
package id.netra.audit;

import org.springframework.modulith.ApplicationModule;
