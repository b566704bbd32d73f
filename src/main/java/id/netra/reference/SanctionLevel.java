// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/**
 * Severity of a sanction, ordered from lightest to heaviest so that decisions can be compared with the catalogue
 * mapping ({@link #compareTo}).
 */
public enum SanctionLevel { MORAL, LIGHT, MEDIUM, HEAVY, DISMISSAL }
