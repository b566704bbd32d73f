// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The case workflow from Bawaslu review to the PPK decision, with statutory deadlines and escalation.
 */
@ApplicationModule(displayName = "cases", allowedDependencies = {"shared", "shared :: web", "identity", "reference", "intake"})
package id.netra.cases;

import org.springframework.modulith.ApplicationModule;
