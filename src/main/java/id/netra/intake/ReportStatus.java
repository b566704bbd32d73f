// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

/**
 * Where a report stands, as its reporter sees it through the receipt. Coarser than the case states on purpose: the
 * reporter learns progress, not internal decisions. Moves only forward, with one exception: {@link #NEEDS_INFO}
 * (Bawaslu asked the reporter a question through the receipt) returns to {@link #IN_REVIEW} once the information is
 * complete. {@link #CLOSED} is final.
 */
public enum ReportStatus {
    RECEIVED, IN_REVIEW, NEEDS_INFO, FORWARDED, FOLLOWED_UP, CLOSED;

    public boolean canMoveTo(ReportStatus next) {
        return this != CLOSED && (next.ordinal() > ordinal() || this == NEEDS_INFO && next == IN_REVIEW);
    }
}
