// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every panel of one dashboard within one filter and scope, counted together: the groupings asked for (in the order
 * asked), the funnel, the PPK compliance and the weekly series.
 */
public record StatsDashboard(Map<StatsDimension, StatsSummary> summaries, StatsFunnel funnel,
        StatsCompliance compliance, StatsSeries weekly) {

    public StatsDashboard {
        summaries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
    }

    public StatsSummary summary(StatsDimension dimension) {
        return summaries.get(dimension);
    }
}
