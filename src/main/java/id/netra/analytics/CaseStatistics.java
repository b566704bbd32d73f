// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import id.netra.identity.CurrentUser;

/**
 * Netra's own counts of cases, read from rollups that move with every case change. The caller's scope always
 * applies: a supervisor in Banten counts Banten. Published figures of other agencies never enter these counts.
 * Labels are in the request's language.
 */
public interface CaseStatistics {

    /**
     * Counts grouped by one dimension, within the filter and the user's scope ({@code null} user: national, public).
     * Cases whose value is not recorded form a group of their own (key {@code UNKNOWN}), so shares add up to 1;
     * grouping by sanction level counts only the decided cases.
     */
    StatsSummary summary(StatsFilter filter, StatsDimension groupBy, CurrentUser user);

    /** Reported → forwarded → recommended → sanctioned, within the filter and scope. */
    StatsFunnel funnel(StatsFilter filter, CurrentUser user);

    /** The PPK compliance rate and the median days to a decision, within the filter and scope. */
    StatsCompliance compliance(StatsFilter filter, CurrentUser user);

    /** Cases reported per week, with the election's phases when the filter names one election. */
    StatsSeries weekly(StatsFilter filter, CurrentUser user);

    /**
     * The groupings asked for, the funnel, the compliance and the weekly series within one filter and scope, each
     * as the methods above count it, in one read of the rollups (one SQL statement, whatever the number of panels
     * or groups).
     */
    StatsDashboard dashboard(StatsFilter filter, java.util.List<StatsDimension> groupings, CurrentUser user);
}
