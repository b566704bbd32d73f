// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import id.netra.reference.AgencyType;
import java.util.List;
import java.util.Objects;

/** A valid agency row from an import, before it is written. */
record AgencyDraft(String code, String name, String abbreviation, List<String> aliases, AgencyType type,
        String regionCode, String ppkTitle, String note, String source, String sourceVersion) {

    /** Whether writing this draft would change the stored agency (provenance alone does not count). */
    boolean differsFrom(AgencyEntry stored) {
        return !(name.equals(stored.name()) && Objects.equals(abbreviation, stored.abbreviation())
                && aliases.equals(stored.aliases()) && type == stored.type()
                && Objects.equals(regionCode, stored.regionCode()) && ppkTitle.equals(stored.ppkTitle())
                && Objects.equals(note, stored.note()));
    }
}
