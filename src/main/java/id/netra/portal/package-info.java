// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The web shell: home page, navigation and the pages that tie the capabilities together.
 */
@ApplicationModule(displayName = "portal", allowedDependencies = {"shared", "shared :: web", "identity"})
package id.netra.portal;

import org.springframework.modulith.ApplicationModule;
