// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A database that had cases before the rollups existed (or was restored without them) gets them counted once at
 * start, instead of showing an empty dashboard until the nightly recount.
 */
@Component
class RollupBootstrap {

    private final JdbcClient jdbc;
    private final RollupRecountJob job;

    RollupBootstrap(JdbcClient jdbc, RollupRecountJob job) {
        this.jdbc = jdbc;
        this.job = job;
    }

    @EventListener(ApplicationReadyEvent.class)
    void countExistingCases() {
        // the small rollups came later (2026-12-07): a database counted before them gets them from the same recount
        boolean uncounted = jdbc.sql("select exists (select 1 from cases.case_file)"
                + " and (not exists (select 1 from analytics.case_rollup_member)"
                + " or not exists (select 1 from analytics.case_rollup_cube))").query(Boolean.class).single();
        if (uncounted) {
            job.runNow();
        }
    }
}
