// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import id.netra.analytics.StatsCompliance;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFunnel;
import id.netra.analytics.StatsSeries;
import id.netra.analytics.StatsSummary;
import java.util.List;

/**
 * What the dashboard page shows: the filter as asked, the choices of each picker, and the panels.
 *
 * @param errors reasons the filter was refused (then the panels count without it)
 */
record DashboardView(StatsRequest request, String province, String regency, List<Option> elections,
        List<Option> provinces, List<Option> regencies, List<Option> agencies, List<Option> positions,
        List<Option> employments, List<Option> categories, List<Option> phases, List<String> errors,
        StatsFunnel funnel, StatsCompliance compliance, StatsSeries series, List<Panel> panels) {

    /** A choice of a picker: the code sent, the name shown. */
    record Option(String code, String name) {
    }

    /**
     * One chart and its table.
     *
     * @param drill for each group, where clicking it leads (a narrower dashboard or the case list), or {@code null}
     * @param export the query string of the CSV/XLSX export of this table
     */
    record Panel(StatsDimension dimension, String id, StatsSummary summary, List<String> drill, String export) {

        public String labels() {
            return String.join("|", summary.groups().stream().map(g -> g.label().replace('|', '/')).toList());
        }

        public String counts() {
            return String.join("|", summary.groups().stream().map(g -> Long.toString(g.count())).toList());
        }

        public String drills() {
            return String.join("|", drill.stream().map(d -> d == null ? "" : d).toList());
        }
    }

    public String funnelValues() {
        return funnel.reported() + "|" + funnel.forwarded() + "|" + funnel.recommended() + "|" + funnel.sanctioned();
    }

    public String weeks() {
        return String.join("|", series.weeks().stream().map(w -> w.start().toString()).toList());
    }

    public String weekCounts() {
        return String.join("|", series.weeks().stream().map(w -> Long.toString(w.count())).toList());
    }

    /** Phases as {@code label;start;end} (start may be empty), for the chart's shaded bands. */
    public String phaseBands() {
        return String.join("|", series.phases().stream().map(p -> p.label() + ";"
                + (p.startsOn() == null ? "" : p.startsOn()) + ";" + p.endsOn()).toList());
    }
}
