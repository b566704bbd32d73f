// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.region;

import id.netra.reference.Region;
import id.netra.reference.RegionLevel;
import java.time.LocalDate;

/**
 * A current region row with its provenance.
 *
 * @param regencyKind {@code KABUPATEN} or {@code KOTA}; {@code null} for a province
 */
public record RegionEntry(String code, String name, RegionLevel level, String regencyKind, String provinceCode,
        String source, String sourceVersion, LocalDate sourceDate) {

    public Region toRegion() {
        return new Region(code, name, level, provinceCode);
    }
}
