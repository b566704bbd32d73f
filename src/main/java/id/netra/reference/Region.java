// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/**
 * A province ({@code 36}) or regency/city ({@code 36.01}) with its Kemendagri code, as in idn-area-data.
 *
 * @param provinceCode the province a regency belongs to; the province's own code for a province
 */
public record Region(String code, String name, RegionLevel level, String provinceCode) {
}
