// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import java.util.List;
import java.util.UUID;

/**
 * Historical cases were imported in bulk (one event per batch rather than one per case), inside the transaction that
 * stored them. Listeners read what they need about each case through {@link CaseFacts}.
 *
 * @param batchId the import batch
 * @param caseIds the cases the batch created or changed
 */
public record CasesImported(UUID batchId, List<Long> caseIds) {

    public CasesImported {
        caseIds = List.copyOf(caseIds);
    }
}
