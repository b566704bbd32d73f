// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netra.reference.ProvinceLocation;
import id.netra.reference.RegionLevel;
import id.netra.reference.region.RegionEntry;
import java.time.LocalDate;

/**
 * A region as served by the API.
 *
 * @param kind {@code KABUPATEN} or {@code KOTA} for a regency; absent for a province
 * @param location capital and tile-grid cell, for provinces only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RegionResponse(String code, String name, RegionLevel level, String kind, String provinceCode,
        ProvinceLocation location, String source, String sourceVersion, LocalDate sourceDate) {

    static RegionResponse of(RegionEntry region, ProvinceLocation location) {
        return new RegionResponse(region.code(), region.name(), region.level(), region.regencyKind(),
                region.provinceCode(), location, region.source(), region.sourceVersion(), region.sourceDate());
    }
}
