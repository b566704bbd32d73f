// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.List;

/**
 * Whether an agency or region code names something that exists, so that an account is never scoped to a code no case
 * carries (a PPK officer of a mistyped agency would see nothing, silently), and which codes a name an administrator
 * typed stands for. Declared here and implemented by the reference module, which depends on identity: identity
 * cannot call reference without a dependency cycle.
 */
public interface OrganisationCodes {

    boolean agencyExists(String agencyCode);

    boolean regionExists(String regionCode);

    /**
     * The agencies a typed text stands for: a code or an exact name gives that one agency, otherwise every agency
     * whose name, abbreviation or code contains the text. Empty when nothing matches.
     */
    default List<Named> agencies(String typed) {
        return typed != null && agencyExists(typed.strip()) ? List.of(new Named(typed.strip(), typed.strip(), null))
                : List.of();
    }

    /** The regions a typed text stands for, as {@link #agencies} does for agencies. */
    default List<Named> regions(String typed) {
        return typed != null && regionExists(typed.strip()) ? List.of(new Named(typed.strip(), typed.strip(), null))
                : List.of();
    }

    /** The agency's name for a code, or the code itself when unknown. */
    default String agencyName(String code) {
        return code;
    }

    /** The region's name for a code, or the code itself when unknown. */
    default String regionName(String code) {
        return code;
    }

    /**
     * An agency or a region as a person reads it.
     *
     * @param hint what tells two similar names apart (the province of a regency, the region of an agency), or null
     */
    record Named(String code, String name, String hint) {
    }
}
