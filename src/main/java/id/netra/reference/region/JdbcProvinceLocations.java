// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.region;

import id.netra.reference.ProvinceLocation;
import id.netra.reference.ProvinceLocations;
import id.netra.reference.support.Snapshot;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Province map positions, held in memory (38 rows, changed only by migration). */
@Service
class JdbcProvinceLocations implements ProvinceLocations {

    private final Snapshot<List<ProvinceLocation>> locations;

    JdbcProvinceLocations(JdbcClient jdbc) {
        this.locations = new Snapshot<>(() -> jdbc.sql("""
                select province_code, capital, short_label, latitude, longitude, tile_row, tile_col
                  from reference.province_location order by province_code""")
                .query((rs, n) -> new ProvinceLocation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getInt(6), rs.getInt(7)))
                .list());
    }

    @Override
    public List<ProvinceLocation> all() {
        return locations.get();
    }

    @Override
    public Optional<ProvinceLocation> find(String provinceCode) {
        return all().stream().filter(location -> location.provinceCode().equals(provinceCode)).findFirst();
    }
}
