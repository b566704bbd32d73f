// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import java.util.List;
import java.util.UUID;

/**
 * A batch of historical cases was imported and committed. Published once per committed batch, inside its
 * transaction, instead of one {@link CaseStateChanged} per step: a million imported cases with their back-dated
 * histories would otherwise be millions of events. Listeners that keep counts (the analytics rollups) read the cases
 * by id.
 *
 * @param batchId the batch, as recorded on each of its cases ({@code case_file.import_batch_id})
 * @param caseIds the cases created by the batch (cases already imported earlier are not in it)
 */
public record CasesImported(UUID batchId, List<Long> caseIds) {

    public CasesImported {
        caseIds = List.copyOf(caseIds);
    }
}
