// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.util.List;
import java.util.UUID;

/**
 * Evidence and possible duplicates of the report a case came from, as the intake module knows them.
 *
 * @param available {@code false} while no intake API answers; the case page then says where to look instead
 */
public record ReportEvidence(boolean available, List<Item> items, List<Duplicate> duplicates) {

    public static ReportEvidence unavailable() {
        return new ReportEvidence(false, List.of(), List.of());
    }

    /** One evidence file or link with its SHA-256 (for files) as stored by intake. */
    public record Item(String label, String mediaType, String sha256) {
    }

    /** Another report intake flagged as possibly the same matter, with its reasons (same NIP, same hash, ...). */
    public record Duplicate(UUID reportId, List<String> reasons) {
    }
}
