// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.query;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsCompliance;
import id.netra.analytics.StatsDashboard;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFilter;
import id.netra.analytics.StatsFunnel;
import id.netra.analytics.StatsSeries;
import id.netra.analytics.StatsSummary;
import id.netra.analytics.rollup.RollupCube;
import id.netra.identity.CurrentUser;
import id.netra.reference.ElectionSchedule;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link CaseStatistics} read from the rollups: sums over cells, never a scan of the cases. Each query reads the
 * smallest rollup of {@link RollupCube} that keeps every column its filter, scope and grouping need, and the fine
 * {@code analytics.case_rollup} only when none does (a filter on agency, regency, dates, employment or area head).
 */
@Service
class JdbcCaseStatistics implements CaseStatistics {

    static final String UNKNOWN = "UNKNOWN";

    private final JdbcClient jdbc;
    private final StatsLabels labels;
    private final ElectionSchedule schedule;

    JdbcCaseStatistics(JdbcClient jdbc, StatsLabels labels, ElectionSchedule schedule) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.schedule = schedule;
    }

    @Override
    public StatsSummary summary(StatsFilter filter, StatsDimension groupBy, CurrentUser user) {
        return read(filter, List.of(groupBy), Set.of(), user).summary(groupBy);
    }

    @Override
    public StatsFunnel funnel(StatsFilter filter, CurrentUser user) {
        return read(filter, List.of(), Set.of(Panel.FUNNEL), user).funnel();
    }

    @Override
    public StatsCompliance compliance(StatsFilter filter, CurrentUser user) {
        return read(filter, List.of(), Set.of(Panel.COMPLIANCE), user).compliance();
    }

    @Override
    public StatsSeries weekly(StatsFilter filter, CurrentUser user) {
        return read(filter, List.of(), Set.of(Panel.WEEKLY), user).weekly();
    }

    @Override
    public StatsDashboard dashboard(StatsFilter filter, List<StatsDimension> groupings, CurrentUser user) {
        return read(filter, groupings, EnumSet.allOf(Panel.class), user);
    }

    /** The panels that are not a grouping. */
    private enum Panel {
        FUNNEL, COMPLIANCE, WEEKLY
    }

    /**
     * One statement for every panel asked: a {@code union all} of one sub-select per panel, each over the smallest
     * rollup that has its columns, each row tagged with its panel's number and its one or two keys as text. No
     * transaction is opened: one statement reads one snapshot of the rollups, so the panels agree with each other.
     * Labels come from the reference directories, which are held in memory.
     */
    private StatsDashboard read(StatsFilter filter, List<StatsDimension> groupings, Set<Panel> panels,
            CurrentUser user) {
        List<StatsDimension> dimensions = groupings.stream().distinct().toList();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            StatsDimension dimension = dimensions.get(i);
            RollupWhere where = new RollupWhere(filter, user);
            if (dimension == StatsDimension.SANCTION_LEVEL) {
                where.and("r.sanction_level is not null");
            }
            parts.add(part(i, where, params, column(dimension), null));
        }
        int funnelPart = dimensions.size();
        int compliancePart = funnelPart + 1;
        int weeklyPart = funnelPart + 2;
        if (panels.contains(Panel.FUNNEL)) {
            parts.add(part(funnelPart, new RollupWhere(filter, user), params, "r.funnel", null));
        }
        if (panels.contains(Panel.COMPLIANCE)) {
            parts.add(part(compliancePart, new RollupWhere(filter, user).and("r.funnel >= 2"), params, "r.funnel",
                    "r.decision_days"));
        }
        if (panels.contains(Panel.WEEKLY)) {
            parts.add(part(weeklyPart, new RollupWhere(filter, user), params, "r.week", null));
        }

        List<Map<String, Long>> counts = new ArrayList<>();
        dimensions.forEach(d -> counts.add(new LinkedHashMap<>()));
        long[] reached = new long[4];
        long[] recommendedAndDecided = new long[2];
        TreeMap<Integer, Long> days = new TreeMap<>();
        TreeMap<LocalDate, Long> weekCounts = new TreeMap<>();
        var statement = jdbc.sql(String.join("\nunion all\n", parts) + "\norder by 1, 4 desc, 2");
        params.forEach(statement::param);
        statement.query((ResultSet rs) -> {
            int part = rs.getInt(1);
            String key = rs.getString(2);
            long n = rs.getLong(4);
            if (part < funnelPart) {
                counts.get(part).put(key == null ? UNKNOWN : key, n);
            } else if (part == funnelPart) {
                for (int step = 0; step <= Integer.parseInt(key); step++) {
                    reached[step] += n;
                }
            } else if (part == compliancePart) {
                recommendedAndDecided[0] += n;
                if (Integer.parseInt(key) == 3) {
                    recommendedAndDecided[1] += n;
                    String d = rs.getString(3);
                    if (d != null) {
                        days.merge(Integer.valueOf(d), n, Long::sum);
                    }
                }
            } else if (key != null) {
                weekCounts.put(LocalDate.parse(key), n);
            }
        });

        Locale locale = LocaleContextHolder.getLocale();
        Map<StatsDimension, StatsSummary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            summaries.put(dimensions.get(i), summary(dimensions.get(i), counts.get(i), locale));
        }
        StatsFunnel funnel = panels.contains(Panel.FUNNEL)
                ? new StatsFunnel(reached[0], reached[1], reached[2], reached[3]) : null;
        long recommended = recommendedAndDecided[0];
        long sanctioned = recommendedAndDecided[1];
        StatsCompliance compliance = panels.contains(Panel.COMPLIANCE) ? new StatsCompliance(recommended, sanctioned,
                recommended == 0 ? null : (double) sanctioned / recommended, WeightedMedian.of(days)) : null;
        StatsSeries weekly = panels.contains(Panel.WEEKLY) ? series(filter, weekCounts, locale) : null;
        return new StatsDashboard(summaries, funnel, compliance, weekly);
    }

    /** One panel's sub-select: its number, its one or two keys as text, the sum of its rows. */
    private static String part(int number, RollupWhere where, Map<String, Object> params, String key,
            String secondKey) {
        String from = secondKey == null ? from(where, key) : from(where, key, secondKey);
        params.putAll(where.params()); // the same names carry the same values in every part: one filter, one user
        return "select " + number + " as part, " + text(key) + " as k1, "
                + (secondKey == null ? "null::text" : text(secondKey)) + " as k2, sum(r.cases) as n from " + from
                + " where " + where.sql() + " group by 2, 3 having sum(r.cases) > 0";
    }

    private static String text(String column) {
        return column.equals("r.week") ? "to_char(r.week, 'YYYY-MM-DD')" : column + "::text";
    }

    private StatsSummary summary(StatsDimension groupBy, Map<String, Long> counts, Locale locale) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<StatsSummary.Group> groups = counts.entrySet().stream()
                .map(e -> new StatsSummary.Group(e.getKey(), labels.label(groupBy, e.getKey(), locale), e.getValue(),
                        total == 0 ? 0 : (double) e.getValue() / total))
                .toList();
        return new StatsSummary(total, groups);
    }

    private StatsSeries series(StatsFilter filter, TreeMap<LocalDate, Long> counts, Locale locale) {
        List<StatsSeries.Week> weeks = new ArrayList<>();
        if (!counts.isEmpty()) {
            for (LocalDate week = counts.firstKey(); !week.isAfter(counts.lastKey()); week = week.plusWeeks(1)) {
                weeks.add(new StatsSeries.Week(week, counts.getOrDefault(week, 0L)));
            }
        }
        List<StatsSeries.Phase> phases = filter.electionCode() == null ? List.of()
                : schedule.phases(filter.electionCode()).stream()
                        .map(p -> new StatsSeries.Phase(p.kind().name(),
                                labels.label(StatsDimension.PHASE, p.kind().name(), locale), p.startsOn(),
                                p.endsOn()))
                        .toList();
        return new StatsSeries(weeks, phases);
    }

    /**
     * The rollup to read, as {@code <table> r}: the smallest small rollup with the columns the conditions and these
     * selected columns name, narrowed to its grain, or the fine rollup. Call before {@code where.sql()}.
     */
    static String from(RollupWhere where, String... selected) {
        Set<String> needed = new HashSet<>(where.columns());
        for (String column : selected) {
            needed.add(column.substring(column.indexOf('.') + 1));
        }
        return RollupCube.smallestWith(needed).map(grain -> {
            where.and("r.grain = " + grain.id());
            return "analytics.case_rollup_cube r";
        }).orElse("analytics.case_rollup r");
    }

    static String column(StatsDimension dimension) {
        return switch (dimension) {
            case CATEGORY -> "r.category_code";
            case VIOLATION -> "r.violation_code";
            case POSITION -> "r.position_class";
            case PROVINCE -> "r.province_code";
            case REGENCY -> "r.region_code";
            case AGENCY -> "r.agency_code";
            case ELECTION -> "r.election_code";
            case PHASE -> "r.phase";
            case SANCTION_LEVEL -> "r.sanction_level";
            case OUTCOME -> "r.outcome";
        };
    }
}
