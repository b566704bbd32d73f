// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import id.netra.reference.Agency;
import id.netra.reference.AgencyType;
import java.util.List;

/** An agency row with its aliases and provenance. */
public record AgencyEntry(String code, String name, String abbreviation, List<String> aliases, AgencyType type,
        String regionCode, String ppkTitle, boolean uncertain, String note, String source, String sourceVersion) {

    public AgencyEntry {
        aliases = List.copyOf(aliases);
    }

    public Agency toAgency() {
        return new Agency(code, name, abbreviation, type, regionCode, ppkTitle);
    }
}
