// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.reconciliation;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFilter;
import id.netra.analytics.StatsFunnel;
import id.netra.analytics.StatsSummary;
import id.netra.analytics.suppression.SmallCellSuppression;
import id.netra.analytics.suppression.SuppressedCount;
import id.netra.identity.CurrentUser;
import id.netra.reference.Election;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * For one election, each figure another body published beside Netra's own case-level count of the same measure and
 * scope, with the difference. The two are never added together: a row keeps the publisher's number, its source and
 * date, and Netra's number separately. Netra's side is counted nationally (the published figures are national); a
 * user limited to a region or agency sees it through the public small-cell rule, since it reaches beyond their scope.
 */
@Service
public class Reconciliation {

    /**
     * One published figure beside Netra's. {@code netra} is null when Netra has no counterpart (e.g. area heads) or the
     * count is hidden; {@code difference} is Netra minus published (cases, or percentage points for shares).
     */
    public record Row(PublishedFigure published, String netraText, BigDecimal netra, BigDecimal difference,
            boolean sameUnit, boolean percent) {
    }

    public record View(boolean available, Election election, long netraCases, List<Row> rows) {
    }

    private final ObjectProvider<CaseStatistics> statistics;
    private final PublishedFigures figures;
    private final ElectionDirectory elections;
    private final SmallCellSuppression suppression;

    Reconciliation(ObjectProvider<CaseStatistics> statistics, PublishedFigures figures, ElectionDirectory elections,
            SmallCellSuppression suppression) {
        this.statistics = statistics;
        this.figures = figures;
        this.elections = elections;
        this.suppression = suppression;
    }

    public Optional<View> of(String electionCode, CurrentUser user) {
        Optional<Election> election = elections.find(electionCode);
        if (election.isEmpty()) {
            return Optional.empty();
        }
        CaseStatistics stats = statistics.getIfAvailable();
        List<PublishedFigure> published = figures.ofElection(electionCode).stream()
                .filter(f -> NetraMeasure.of(f.measureCode()).isPresent()).toList();
        if (stats == null) {
            return Optional.of(new View(false, election.get(), 0,
                    published.stream().map(f -> new Row(f, "", null, null, true, false)).toList()));
        }
        boolean exact = user != null && user.regionCode() == null && user.agencyCode() == null;
        StatsFilter filter = StatsFilter.none().withElection(electionCode);
        StatsFunnel funnel = stats.funnel(filter, null);
        Counts counts = new Counts(stats, filter);
        List<Row> rows = new ArrayList<>();
        for (PublishedFigure f : published) {
            NetraMeasure measure = NetraMeasure.of(f.measureCode()).orElseThrow();
            Optional<BigDecimal> netra = netraValue(measure, f, funnel, counts);
            rows.add(row(f, measure, netra, exact));
        }
        return Optional.of(new View(true, election.get(), funnel.reported(), List.copyOf(rows)));
    }

    private Row row(PublishedFigure f, NetraMeasure measure, Optional<BigDecimal> netra, boolean exact) {
        if (netra.isEmpty()) {
            return new Row(f, "", null, null, measure.sameUnit(), measure.percent());
        }
        BigDecimal value = netra.get();
        if (!measure.percent() && !exact) {
            SuppressedCount shown = suppression.protectOneWay(new long[] {value.longValue()}, value.longValue())
                    .get(0);
            if (!shown.isShown()) {
                return new Row(f, shown.text(), null, null, measure.sameUnit(), false);
            }
        }
        String text = measure.percent() ? value.setScale(1, RoundingMode.HALF_UP).toPlainString()
                : value.toPlainString();
        return new Row(f, text, value, value.subtract(f.value()), measure.sameUnit(), measure.percent());
    }

    private Optional<BigDecimal> netraValue(NetraMeasure measure, PublishedFigure f, StatsFunnel funnel,
            Counts counts) {
        Optional<Long> count = measure.count(funnel);
        if (count.isPresent()) {
            return count.map(BigDecimal::valueOf);
        }
        return switch (measure) {
            case FOLLOW_UP_RATE -> funnel.recommended() == 0 ? Optional.empty()
                    : Optional.of(percent(funnel.sanctioned(), funnel.recommended()));
            case CATEGORY_SHARE -> counts.share(StatsDimension.CATEGORY, f.category());
            case POSITION_SHARE -> counts.positionShare(f.category());
            default -> Optional.empty();
        };
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100.0 / whole).setScale(2, RoundingMode.HALF_UP);
    }

    /** Grouped summaries, read once per page. */
    private static final class Counts {

        private final CaseStatistics stats;
        private final StatsFilter filter;
        private StatsSummary categories;
        private StatsSummary positions;

        Counts(CaseStatistics stats, StatsFilter filter) {
            this.stats = stats;
            this.filter = filter;
        }

        Optional<BigDecimal> share(StatsDimension dimension, String key) {
            if (categories == null) {
                categories = stats.summary(filter, dimension, null);
            }
            if (categories.total() == 0) {
                return Optional.empty();
            }
            long n = categories.groups().stream().filter(g -> g.key().equals(key))
                    .mapToLong(StatsSummary.Group::count).sum();
            return Optional.of(percent(n, categories.total()));
        }

        /** JPT sums the three senior-executive classes; area heads are a flag, not a position class. */
        Optional<BigDecimal> positionShare(String key) {
            if (positions == null) {
                positions = stats.summary(filter, StatsDimension.POSITION, null);
            }
            if (positions.total() == 0 || key == null) {
                return Optional.empty();
            }
            if (key.equals("AREA_HEAD")) {
                StatsFilter heads = new StatsFilter(filter.electionCode(), null, null, null, Boolean.TRUE, null, null,
                        null, null, null);
                return Optional.of(percent(stats.summary(heads, StatsDimension.POSITION, null).total(),
                        positions.total()));
            }
            long n = positions.groups().stream()
                    .filter(g -> key.equals("JPT") ? g.key().startsWith("JPT_") : g.key().equals(key))
                    .mapToLong(StatsSummary.Group::count).sum();
            return Optional.of(percent(n, positions.total()));
        }
    }
}
