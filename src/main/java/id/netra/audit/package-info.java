// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Append-only, hash-chained audit trail of state changes and sensitive reads. Nobody depends on its internals.
 */
@ApplicationModule(displayName = "audit", allowedDependencies = {"shared", "shared :: web", "identity"})
package id.netra.audit;

import org.springframework.modulith.ApplicationModule;
