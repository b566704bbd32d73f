// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.Instant;

/** An earlier version of a figure, kept when it was corrected or retired: its content then, who changed it and why. */
public record PublishedFigureRevision(long figureId, int version, PublishedFigureDraft content, Instant changedAt,
        String changedBy, String reason) {
}
