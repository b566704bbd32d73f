// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The hook for intake's evidence and duplicate data on the case page. Intake has no public query API yet, so this
 * answers "unavailable"; when {@code id.netra.intake} publishes one (e.g. a report lookup service returning
 * evidence hashes and duplicate flags), call it here and map its records to {@link ReportEvidence}. Nothing else in
 * the cases module needs to change.
 */
@Component
public class ReportEvidenceSource {

    public ReportEvidence evidenceOf(UUID reportId) {
        return ReportEvidence.unavailable();
    }
}
