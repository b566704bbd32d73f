// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;
import java.util.Optional;

/** Provinces and regencies/cities. */
public interface RegionDirectory {

    Optional<Region> find(String code);

    List<Region> byLevel(RegionLevel level);
}
