// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import id.netra.identity.CurrentUser;

/**
 * Netra's own counts of cases, read from rollups that move with every case change. The caller's scope always
 * applies: a supervisor in Banten counts Banten. Published figures of other agencies never enter these counts.
 */
public interface CaseStatistics {

    /** Counts grouped by one dimension, within the filter and the user's scope ({@code null} user: national, public). */
    StatsSummary summary(StatsFilter filter, StatsDimension groupBy, CurrentUser user);
}
