// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Reference data with its legal source and version: regions, agencies, position classes, the SKB 2022 violation catalogue, versioned sanction catalogues, elections and the working-day calendar.
 */
@ApplicationModule(displayName = "reference", allowedDependencies = {"shared", "shared :: web", "identity"})
package id.netra.reference;

import org.springframework.modulith.ApplicationModule;
