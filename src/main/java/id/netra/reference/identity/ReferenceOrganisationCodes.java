// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.identity;

import id.netra.identity.OrganisationCodes;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.ReferenceKind;
import id.netra.reference.ReferenceNames;
import id.netra.reference.RegionDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/** The reference data answering identity's questions about agency and region codes and names. */
@Component
class ReferenceOrganisationCodes implements OrganisationCodes {

    private final AgencyDirectory agencies;
    private final RegionDirectory regions;
    private final ReferenceNames names;

    ReferenceOrganisationCodes(AgencyDirectory agencies, RegionDirectory regions, ReferenceNames names) {
        this.agencies = agencies;
        this.regions = regions;
        this.names = names;
    }

    @Override
    public boolean agencyExists(String agencyCode) {
        return agencies.find(agencyCode).isPresent();
    }

    @Override
    public boolean regionExists(String regionCode) {
        return regions.find(regionCode).isPresent();
    }

    @Override
    public List<Named> agencies(String typed) {
        return named(ReferenceKind.AGENCY, typed);
    }

    @Override
    public List<Named> regions(String typed) {
        return named(ReferenceKind.REGION, typed);
    }

    @Override
    public String agencyName(String code) {
        return names.agency(code);
    }

    @Override
    public String regionName(String code) {
        return names.region(code);
    }

    private List<Named> named(ReferenceKind kind, String typed) {
        return names.resolve(kind, typed).stream()
                .map(match -> new Named(match.code(), match.name(), match.hint())).toList();
    }
}
