// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/**
 * Where to draw a province: its capital's approximate coordinates (about 0.05 degree, for map pins, not geocoding)
 * and its cell in the 6 x 14 tile grid (row 0 is the north, column 0 the west).
 */
public record ProvinceLocation(String provinceCode, String capital, String shortLabel, double latitude,
        double longitude, int tileRow, int tileCol) {
}
