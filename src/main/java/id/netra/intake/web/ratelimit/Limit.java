// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.ratelimit;

/** The public actions that are limited per client address. */
public enum Limit {
    /** Sending a new report. */
    SUBMISSION,
    /** Anything done with a receipt: status, reply, added evidence. Limits guessing receipts. */
    RECEIPT_USE
}
