// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** The election phases incidents are tagged with (KPU stage schedules, e.g. PKPU 2/2024), in chronological order. */
public enum ElectionPhaseKind { PRE_CAMPAIGN, CAMPAIGN, QUIET_PERIOD, VOTING, RECAPITULATION }
