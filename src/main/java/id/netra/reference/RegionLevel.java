// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** Kemendagri administrative level. */
public enum RegionLevel { PROVINCE, REGENCY }
