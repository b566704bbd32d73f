// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.shared.TimeConfiguration;
import java.time.Instant;

/** The human case number printed on letters and pages, e.g. {@code NTR-2024-000042}: year opened and id. */
public final class CaseNumber {

    private CaseNumber() {
    }

    public static String of(long id, Instant openedAt) {
        return "NTR-%d-%06d".formatted(openedAt.atZone(TimeConfiguration.WIB).getYear(), id);
    }

    public static String of(Case caseFile) {
        return of(caseFile.id(), caseFile.openedAt());
    }
}
