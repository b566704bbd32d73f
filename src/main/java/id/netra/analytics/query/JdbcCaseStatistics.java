// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.query;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsCompliance;
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
import org.springframework.transaction.annotation.Transactional;

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
    @Transactional(readOnly = true)
    public StatsSummary summary(StatsFilter filter, StatsDimension groupBy, CurrentUser user) {
        String column = column(groupBy);
        RollupWhere where = new RollupWhere(filter, user);
        if (groupBy == StatsDimension.SANCTION_LEVEL) {
            where.and("r.sanction_level is not null");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        sum("select " + column + " as key, sum(r.cases) as n from " + from(where, column) + " where " + where.sql()
                + " group by 1 having sum(r.cases) > 0 order by 2 desc, 1", where, rs -> {
                    counts.put(rs.getString("key") == null ? UNKNOWN : rs.getString("key"), rs.getLong("n"));
                });
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Locale locale = LocaleContextHolder.getLocale();
        List<StatsSummary.Group> groups = counts.entrySet().stream()
                .map(e -> new StatsSummary.Group(e.getKey(), labels.label(groupBy, e.getKey(), locale), e.getValue(),
                        total == 0 ? 0 : (double) e.getValue() / total))
                .toList();
        return new StatsSummary(total, groups);
    }

    @Override
    @Transactional(readOnly = true)
    public StatsFunnel funnel(StatsFilter filter, CurrentUser user) {
        long[] reached = new long[4];
        RollupWhere where = new RollupWhere(filter, user);
        sum("select r.funnel, sum(r.cases) as n from " + from(where, "r.funnel") + " where " + where.sql()
                + " group by 1", where, rs -> {
                    for (int step = 0; step <= rs.getInt("funnel"); step++) {
                        reached[step] += rs.getLong("n");
                    }
                });
        return new StatsFunnel(reached[0], reached[1], reached[2], reached[3]);
    }

    @Override
    @Transactional(readOnly = true)
    public StatsCompliance compliance(StatsFilter filter, CurrentUser user) {
        RollupWhere where = new RollupWhere(filter, user).and("r.funnel >= 2");
        long[] recommendedAndDecided = new long[2];
        TreeMap<Integer, Long> days = new TreeMap<>();
        sum("select r.funnel, r.decision_days, sum(r.cases) as n from "
                + from(where, "r.funnel", "r.decision_days") + " where " + where.sql()
                + " group by 1, 2", where, rs -> {
                    long n = rs.getLong("n");
                    recommendedAndDecided[0] += n;
                    if (rs.getInt("funnel") == 3) {
                        recommendedAndDecided[1] += n;
                        Integer d = (Integer) rs.getObject("decision_days");
                        if (d != null) {
                            days.merge(d, n, Long::sum);
                        }
                    }
                });
        long recommended = recommendedAndDecided[0];
        long sanctioned = recommendedAndDecided[1];
        return new StatsCompliance(recommended, sanctioned, recommended == 0 ? null : (double) sanctioned / recommended,
                WeightedMedian.of(days));
    }

    @Override
    @Transactional(readOnly = true)
    public StatsSeries weekly(StatsFilter filter, CurrentUser user) {
        RollupWhere where = new RollupWhere(filter, user);
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        sum("select r.week, sum(r.cases) as n from " + from(where, "r.week") + " where " + where.sql()
                + " group by 1 having sum(r.cases) > 0", where, rs -> {
                    counts.put(rs.getObject("week", LocalDate.class), rs.getLong("n"));
                });
        List<StatsSeries.Week> weeks = new ArrayList<>();
        if (!counts.isEmpty()) {
            for (LocalDate week = counts.firstKey(); !week.isAfter(counts.lastKey()); week = week.plusWeeks(1)) {
                weeks.add(new StatsSeries.Week(week, counts.getOrDefault(week, 0L)));
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
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

    private interface Row {
        void read(ResultSet rs) throws java.sql.SQLException;
    }

    private void sum(String sql, RollupWhere where, Row row) {
        var statement = jdbc.sql(sql);
        where.params().forEach(statement::param);
        statement.query((ResultSet rs) -> {
            row.read(rs);
        });
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
