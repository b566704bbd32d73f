// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.calendar;

/**
 * National holiday (including voting days declared holidays by Keppres) or collective leave. Offices close on both;
 * the type is kept because a rule may one day treat cuti bersama differently.
 */
public enum HolidayType { LIBUR_NASIONAL, CUTI_BERSAMA }
