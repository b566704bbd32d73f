// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/**
 * An employing agency (instansi).
 *
 * @param code stable key: {@code PEMPROV-36}, {@code PEMKAB-36.01}, {@code PEMKOT-36.71}, or e.g. {@code BKN} for a
 *     central agency
 * @param regionCode the region of a regional government; {@code null} for central agencies
 * @param ppkTitle who acts as PPK: Gubernur, Bupati, Wali Kota, Menteri, Kepala, ...
 */
public record Agency(String code, String name, String abbreviation, AgencyType type, String regionCode,
        String ppkTitle) {
}
