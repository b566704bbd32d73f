// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** The election phases incidents are tagged with (DOMAIN.md §3.6), in chronological order. */
public enum ElectionPhaseKind { PRE_CAMPAIGN, CAMPAIGN, QUIET_PERIOD, VOTING, RECAPITULATION }
