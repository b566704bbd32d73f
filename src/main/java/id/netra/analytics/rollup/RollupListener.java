// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import id.netra.cases.CaseStateChanged;
import id.netra.cases.CasesImported;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups in step with the cases. Synchronous on purpose: it runs inside the transaction that changed the
 * case, so a dashboard never counts a change that rolled back nor misses one that committed.
 */
@Component
class RollupListener {

    private final CaseRollups rollups;

    RollupListener(CaseRollups rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void on(CaseStateChanged event) {
        rollups.refresh(List.of(event.caseId()));
    }

    @EventListener
    void on(CasesImported event) {
        rollups.refresh(event.caseIds());
    }
}
