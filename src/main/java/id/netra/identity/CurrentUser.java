// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.Set;

/**
 * The signed-in user as the other modules see it.
 *
 * @param agencyCode the agency the user works for and is limited to, or {@code null} for no agency limit
 * @param regionCode the region (province {@code 36} or regency {@code 36.01}) the user is limited to, or {@code null}
 */
public record CurrentUser(String username, Set<Role> roles, String agencyCode, String regionCode) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A province scope covers its regencies: {@code 36} covers {@code 36.01}; no scope covers everything. */
    public boolean coversRegion(String code) {
        return regionCode == null || (code != null && (code.equals(regionCode) || code.startsWith(regionCode + ".")));
    }

    /** No agency scope covers every agency. */
    public boolean coversAgency(String code) {
        return agencyCode == null || agencyCode.equals(code);
    }
}
