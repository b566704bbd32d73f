// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Surveys of civil servants: instruments, responses and design-based estimates (Taylor linearisation, the method of
 * R's {@code survey} package), with the published figures of the same questions beside them.
 */
@ApplicationModule(displayName = "survey", allowedDependencies = {"shared", "shared :: web", "identity", "reference"})
package id.netra.survey;

import org.springframework.modulith.ApplicationModule;
