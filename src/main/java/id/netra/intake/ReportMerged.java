// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A handler merged a report into another about the same event. The merged report's reporter keeps following the
 * main report's status through their own receipt; the cases module may close the duplicate's cases.
 */
public record ReportMerged(UUID reportId, UUID mergedInto, String actor, Instant mergedAt) {
}
