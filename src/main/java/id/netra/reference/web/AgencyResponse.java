// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netra.reference.AgencyType;
import id.netra.reference.agency.AgencyEntry;
import java.util.List;

/** An agency as served by the API; {@code uncertain} flags a type or abbreviation not confirmed in a primary text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AgencyResponse(String code, String name, String abbreviation, List<String> aliases, AgencyType type,
        String regionCode, String ppkTitle, boolean uncertain, String note, String source, String sourceVersion) {

    static AgencyResponse of(AgencyEntry agency) {
        return new AgencyResponse(agency.code(), agency.name(), agency.abbreviation(), agency.aliases(), agency.type(),
                agency.regionCode(), agency.ppkTitle(), agency.uncertain(), agency.note(), agency.source(),
                agency.sourceVersion());
    }
}
