// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import java.util.List;
import java.util.UUID;

/**
 * Historical cases were imported in bulk (one event per committed batch rather than a {@link CaseStateChanged} per
 * step: a million imported cases with their back-dated histories would otherwise be millions of events), published
 * inside the transaction that stored them. Listeners read what they need about each case through {@link CaseFacts}.
 *
 * @param batchId the import batch, as recorded on each of its cases ({@code case_file.import_batch_id})
 * @param caseIds the cases the batch created (cases imported earlier are not in it)
 */
public record CasesImported(UUID batchId, List<Long> caseIds) {

    public CasesImported {
        caseIds = List.copyOf(caseIds);
    }
}
