// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/**
 * What access rules look at: the region of the incident and the agency (so the PPK) of the reported person.
 *
 * @param agencyCode {@code null} while the agency is unresolved; then no PPK sees the case
 */
public record CaseScope(String regionCode, String agencyCode) {
}
