// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;
import java.util.Optional;

/** Map positions of the provinces, for choropleths drawn without boundary data. */
public interface ProvinceLocations {

    List<ProvinceLocation> all();

    Optional<ProvinceLocation> find(String provinceCode);
}
