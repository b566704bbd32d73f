// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Users, roles and their agency/region scope; the signed-in {@link id.netra.identity.CurrentUser}. Every module may use it.
 */
@ApplicationModule(displayName = "identity", allowedDependencies = {"shared", "shared :: web"})
package id.netra.identity;

import org.springframework.modulith.ApplicationModule;
