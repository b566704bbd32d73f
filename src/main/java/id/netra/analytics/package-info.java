// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Analytics: the published statistics recomputed from case-level data (rollups kept in step with every case change),
 * agencies' published figures beside them, maps and open data.
 */
@ApplicationModule(displayName = "analytics",
        allowedDependencies = {"shared", "shared :: web", "identity", "reference", "cases"})
package id.netra.analytics;

import org.springframework.modulith.ApplicationModule;
