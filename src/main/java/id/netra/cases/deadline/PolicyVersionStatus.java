// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

/** Where a policy version stands on a given day. */
public enum PolicyVersionStatus {
    /** Sets the deadlines of clocks starting today. */
    IN_FORCE,
    /** Starts later; may still be withdrawn. */
    FUTURE,
    /** Was in force, replaced by a later version; still explains the deadlines it set. */
    SUPERSEDED,
    /** Withdrawn before it started; never set a deadline. */
    WITHDRAWN
}
