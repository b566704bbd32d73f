// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.region;

import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.reference.support.Snapshot;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Current regions, held in memory: about 550 rows that change once a year, by migration (so the copy lives as long
 * as the application).
 */
@Service
public class JdbcRegionDirectory implements RegionDirectory {

    private final Snapshot<Map<String, RegionEntry>> regions;

    JdbcRegionDirectory(JdbcClient jdbc) {
        this.regions = new Snapshot<>(() -> byCode(jdbc.sql("""
                select code, name, level, regency_kind, province_code, source, source_version, source_date
                  from reference.region where superseded_on is null order by code""")
                .query((rs, n) -> new RegionEntry(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .list()));
    }

    private static Map<String, RegionEntry> byCode(List<RegionEntry> rows) {
        Map<String, RegionEntry> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.code(), row));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Optional<Region> find(String code) {
        return entry(code).map(RegionEntry::toRegion);
    }

    @Override
    public List<Region> byLevel(RegionLevel level) {
        return entries().stream().filter(entry -> entry.level() == level).map(RegionEntry::toRegion).toList();
    }

    /** All current regions in code order, each province before its regencies. */
    public List<RegionEntry> entries() {
        return List.copyOf(regions.get().values());
    }

    public Optional<RegionEntry> entry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regions.get().get(code));
    }
}
