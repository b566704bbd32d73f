// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Shared kernel: the clock, saying no ({@link id.netra.shared.Decision} and its exceptions), not-found and conflict
 * answers, spreadsheet defences, and the {@link id.netra.shared.AuditEvent} every module publishes for the audit
 * trail. Every module may use the types of this package; of the sub-packages only the named interface {@code web}
 * is exported ({@link id.netra.shared.web.ProblemWriter} for servlet filters,
 * {@link id.netra.shared.web.DecisionBinding} for forms, {@link id.netra.shared.web.RateLimit} for a module's
 * per-address limits and {@link id.netra.shared.web.Citations} for source notes; a module lists it as
 * {@code "shared :: web"}). The embedded
 * database bootstrap, the problem+json advice, locale and request filters and the out-of-memory halt are internal:
 * they work on their own and no module calls them.
 */
@ApplicationModule(displayName = "shared", allowedDependencies = {})
package id.netra.shared;

import org.springframework.modulith.ApplicationModule;
