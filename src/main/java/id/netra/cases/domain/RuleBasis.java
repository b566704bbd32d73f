// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/**
 * Where a deadline figure comes from, shown wherever the figure is: officers must be able to tell a statutory limit
 * from a practice or a figure Netra chose because none is published.
 */
public enum RuleBasis {
    /** Set by a law or regulation (e.g. UU 7/2017 Pasal 454). */
    STATUTE,
    /** A published procedure or practice of the authorities, not a regulation (e.g. BKN's 2024 flow). */
    PROCEDURE,
    /** Netra's configurable default where nothing is published; never presented as statutory. */
    DEFAULT
}
