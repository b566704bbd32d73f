// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.ControlAuthority;
import id.netra.cases.domain.HolderType;
import id.netra.shared.Decision;
import id.netra.reference.AgencyType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may reprimand whom, and when a report to the President exists. Kemendagri supervises regional heads as PPK
 * (PP 12/2017), so its reprimand is for the PPKs of provinces, regencies and cities; KemenPANRB's for the PPKs of
 * central agencies; BKN's control action reaches any PPK. The report to the President is KASN's (UU 5/2014 Pasal 33)
 * and exists only for cases KASN supervised.
 */
public final class ControlAuthorityPolicy {

    private static final Set<AgencyType> REGIONAL = EnumSet.of(AgencyType.PEMPROV, AgencyType.PEMKAB,
            AgencyType.PEMKOT);

    /** @param agencyType the PPK's agency type, {@code null} when unknown (then only BKN may reprimand) */
    public Decision mayReprimand(ControlAuthority issuer, AgencyType agencyType) {
        return switch (issuer) {
            case BKN -> Decision.allow();
            case KEMENDAGRI -> agencyType != null && REGIONAL.contains(agencyType) ? Decision.allow()
                    : Decision.reject("case.reprimand.kemendagri-regional-only");
            case KEMENPANRB -> agencyType != null && !REGIONAL.contains(agencyType) ? Decision.allow()
                    : Decision.reject("case.reprimand.kemenpanrb-central-only");
            case KASN -> Decision.reject("case.reprimand.not-an-issuer", issuer);
        };
    }

    public Decision mayReportToPresident(HolderType supervisingAuthority) {
        return supervisingAuthority == HolderType.KASN ? Decision.allow()
                : Decision.reject("case.president.kasn-era-only");
    }
}
