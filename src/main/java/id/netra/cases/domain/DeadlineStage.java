// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/** The clocks of the case workflow; their length comes from the versioned deadline policy, not from code. */
public enum DeadlineStage { BAWASLU_REVIEW, SATGAS_VERIFICATION, PPK_FOLLOW_UP, REPRIMAND_COMPLIANCE }
