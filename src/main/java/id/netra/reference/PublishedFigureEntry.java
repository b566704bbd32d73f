// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.Instant;

/**
 * A published figure as administrators see it: the current content, its version (1 until the first correction) and,
 * once retired, when, by whom and why. Retired figures stay in the table but are no longer shown beside Netra's counts.
 */
public record PublishedFigureEntry(PublishedFigure figure, int version, Instant updatedAt, String updatedBy,
        Instant retiredAt, String retiredBy, String retiredReason) {

    public boolean retired() {
        return retiredAt != null;
    }
}
