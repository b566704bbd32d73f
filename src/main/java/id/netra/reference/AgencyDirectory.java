// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;
import java.util.Optional;

/** Employing agencies. */
public interface AgencyDirectory {

    Optional<Agency> find(String code);

    List<Agency> inRegion(String regionCode);

    /** Case- and space-insensitive match on name or abbreviation, for free-text input from reporters. */
    Optional<Agency> matchName(String nameOrAbbreviation);
}
