// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.suppression;

/** How one published cell may be shown. */
public enum Disclosure {
    /** The count is shown as it is (zero included). */
    SHOWN,
    /** A count from 1 to k-1: shown as "&lt;k". */
    SMALL,
    /** A count of k or more, hidden so that a small cell of the same margin cannot be worked out by subtraction. */
    COMPLEMENT
}
