// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.maps;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFilter;
import id.netra.analytics.StatsSummary;
import id.netra.analytics.suppression.PublicTable;
import id.netra.analytics.suppression.SmallCellSuppression;
import id.netra.analytics.suppression.SuppressedCount;
import id.netra.identity.CurrentUser;
import id.netra.reference.ProvinceLocation;
import id.netra.reference.ProvinceLocations;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Case counts per province for the choropleth and the tile grid, and per regency for the drill-down. Signed-in users
 * see exact counts within their scope; the public sees the same numbers through small-cell suppression, and a
 * province whose own count is hidden gets no regency breakdown (its regencies would add up to it).
 */
@Service
public class ProvinceMap {

    /** A province on the map. {@code value} is null when the count is hidden; {@code text} is what to print. */
    public record Province(String code, String name, String shortLabel, int tileRow, int tileCol, Long value,
            String text) {
    }

    public record ProvinceView(boolean available, String totalText, List<Province> provinces) {
    }

    public record Regency(String code, String name, Long value, String text) {
    }

    /** {@code withheld}: the public may not see this province's breakdown because its own count is hidden. */
    public record RegencyView(boolean available, String provinceCode, String provinceName, String totalText,
            boolean withheld, List<Regency> regencies) {
    }

    private final ObjectProvider<CaseStatistics> statistics;
    private final RegionDirectory regions;
    private final ProvinceLocations locations;
    private final SmallCellSuppression suppression;

    ProvinceMap(ObjectProvider<CaseStatistics> statistics, RegionDirectory regions, ProvinceLocations locations,
            SmallCellSuppression suppression) {
        this.statistics = statistics;
        this.regions = regions;
        this.locations = locations;
        this.suppression = suppression;
    }

    /** Exact counts within a signed-in user's scope, or suppressed national counts for the public ({@code null}). */
    public ProvinceView provinces(StatsFilter filter, CurrentUser user) {
        CaseStatistics stats = statistics.getIfAvailable();
        if (stats == null) {
            return new ProvinceView(false, "", List.of());
        }
        StatsSummary summary = stats.summary(filter, StatsDimension.PROVINCE, user);
        PublicTable table = table(StatsDimension.PROVINCE, summary, provinceNames(), user);
        Map<String, ProvinceLocation> where = new LinkedHashMap<>();
        locations.all().forEach(l -> where.put(l.provinceCode(), l));
        List<Province> provinces = table.rows().stream()
                .filter(row -> where.containsKey(row.key()))
                .map(row -> {
                    ProvinceLocation l = where.get(row.key());
                    return new Province(row.key(), row.label(), l.shortLabel(), l.tileRow(), l.tileCol(),
                            row.count().value(), row.count().text());
                })
                .toList();
        return new ProvinceView(true, table.total().text(), provinces);
    }

    public RegencyView regencies(String provinceCode, StatsFilter filter, CurrentUser user) {
        CaseStatistics stats = statistics.getIfAvailable();
        Optional<Region> province = regions.find(provinceCode).filter(r -> r.level() == RegionLevel.PROVINCE);
        if (stats == null || province.isEmpty()) {
            return new RegencyView(false, provinceCode, province.map(Region::name).orElse(""), "", false, List.of());
        }
        String name = province.get().name();
        if (user == null) {
            StatsSummary all = stats.summary(filter, StatsDimension.PROVINCE, null);
            PublicTable national = table(StatsDimension.PROVINCE, all, provinceNames(), null);
            boolean hidden = national.rows().stream()
                    .anyMatch(row -> row.key().equals(provinceCode) && !row.count().isShown());
            if (hidden || !national.total().isShown()) {
                return new RegencyView(true, provinceCode, name, "", true, List.of());
            }
        }
        Map<String, String> regencyNames = new LinkedHashMap<>();
        regions.byLevel(RegionLevel.REGENCY).stream().filter(r -> provinceCode.equals(r.provinceCode()))
                .forEach(r -> regencyNames.put(r.code(), r.name()));
        PublicTable table = table(StatsDimension.REGENCY,
                stats.summary(filter.withRegion(provinceCode), StatsDimension.REGENCY, user), regencyNames, user);
        List<Regency> ranked = table.rows().stream()
                .map(row -> new Regency(row.key(), row.label(), row.count().value(), row.count().text()))
                .sorted(Comparator.comparing((Regency r) -> r.value() == null ? -1 : r.value()).reversed()
                        .thenComparing(Regency::name))
                .toList();
        return new RegencyView(true, provinceCode, name, table.total().text(), false, ranked);
    }

    /** The public ({@code user == null}) sees suppressed counts; a signed-in user the exact counts of their scope. */
    private PublicTable table(StatsDimension dimension, StatsSummary summary, Map<String, String> expected,
            CurrentUser user) {
        return user == null ? PublicTable.of(dimension, summary, expected, "Tidak tercatat", suppression)
                : exact(dimension, summary, expected);
    }

    private static PublicTable exact(StatsDimension dimension, StatsSummary summary, Map<String, String> expected) {
        Map<String, PublicTable.Row> rows = new LinkedHashMap<>();
        expected.forEach((key, label) -> rows.put(key, new PublicTable.Row(key, label, SuppressedCount.shown(0, 0),
                0.0)));
        for (StatsSummary.Group g : summary.groups()) {
            String label = rows.containsKey(g.key()) ? rows.get(g.key()).label() : g.label();
            rows.put(g.key(), new PublicTable.Row(g.key(), label, SuppressedCount.shown(g.count(), 0), g.share()));
        }
        return new PublicTable(dimension, SuppressedCount.shown(summary.total(), 0),
                List.copyOf(rows.values()));
    }

    private Map<String, String> provinceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        regions.byLevel(RegionLevel.PROVINCE).forEach(r -> names.put(r.code(), r.name()));
        return names;
    }
}
