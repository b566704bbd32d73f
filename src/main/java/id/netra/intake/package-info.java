// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Public and agency reports: the /lapor form, the REST intake, receipts, evidence custody, bulk import and duplicate detection. Publishes {@link id.netra.intake.ReportReceived}.
 */
@ApplicationModule(displayName = "intake", allowedDependencies = {"shared", "shared :: web", "identity", "reference"})
package id.netra.intake;

import org.springframework.modulith.ApplicationModule;
