// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.identity;

import id.netra.identity.OrganisationCodes;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.RegionDirectory;
import org.springframework.stereotype.Component;

/** Answers identity's account administration from the reference tables. */
@Component
class ReferenceOrganisationCodes implements OrganisationCodes {

    private final AgencyDirectory agencies;
    private final RegionDirectory regions;

    ReferenceOrganisationCodes(AgencyDirectory agencies, RegionDirectory regions) {
        this.agencies = agencies;
        this.regions = regions;
    }

    @Override
    public boolean agencyExists(String agencyCode) {
        return agencies.find(agencyCode).isPresent();
    }

    @Override
    public boolean regionExists(String regionCode) {
        return regions.find(regionCode).isPresent();
    }
}
