// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.reference.EmploymentType;

/**
 * How the reported person is employed, as the statistics count them: PNS, CPNS, PPPK, or not a civil servant at all
 * (village heads, non-ASN contract staff), whom no ASN discipline sanction reaches.
 */
public enum PersonEmployment {
    PNS, CPNS, PPPK, NOT_ASN;

    /** The reference catalogue's employment type, which a sanction's "applies to" names; none for non-ASN. */
    public EmploymentType asReference() {
        return this == NOT_ASN ? null : EmploymentType.valueOf(name());
    }
}
