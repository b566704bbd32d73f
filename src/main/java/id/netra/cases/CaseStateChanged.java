// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A case moved (or changed hands, for {@code handover}). Published inside the transaction that made the change;
 * carries no personal data, only codes.
 *
 * @param reportId the intake report the case came from
 * @param action the action key, e.g. {@code forward}, {@code mark-overdue}, {@code handover}
 * @param fromState {@code null} when the case was opened
 * @param agencyCode the reported person's agency, or {@code null} while unresolved
 * @param synthetic a demo case: never notified to anyone outside Netra
 */
public record CaseStateChanged(long caseId, UUID reportId, String action, String fromState, String toState, String actor,
        Instant at, String regionCode, String agencyCode, boolean synthetic) {
}
