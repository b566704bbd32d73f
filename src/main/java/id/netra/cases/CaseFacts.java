// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What statistics count about a case, read-only and without personal data: codes, flags and dates. Reads see the
 * changes of the current transaction, so a listener of {@link CaseStateChanged} reads the case as it now stands.
 */
public interface CaseFacts {

    /** The cases among {@code caseIds} that exist, in no particular order. */
    List<CaseFact> of(Collection<Long> caseIds);

    /** Every case, streamed (for recounts). */
    void forEach(Consumer<CaseFact> action);

    /**
     * One case as counted.
     *
     * @param regionCode a regency ({@code 36.01}) or, for provincial cases, a province ({@code 36})
     * @param categoryCode the one statistical category of the case in the current taxonomy, or {@code null}
     * @param positionClass a {@link id.netra.reference.PositionClass} name, or {@code null} while unknown
     * @param areaHead whether the person is an area head (camat, lurah); {@code null} while unknown
     * @param employmentType PNS, CPNS, PPPK or NOT_ASN; {@code null} while unknown
     * @param reportedOn the day the report was received (its real date for imported history)
     * @param occurredOn the incident date, when known
     * @param forwarded whether Bawaslu ever forwarded the case to the examining authority
     * @param sanctionLevel the decided sanction's {@link id.netra.reference.SanctionLevel} name, or {@code null}
     * @param outcomeReason the coded reason of a stop, rejection or cancellation, or {@code null}
     * @param synthetic a generated demo case
     */
    record CaseFact(long caseId, String electionCode, String regionCode, String agencyCode, String categoryCode,
            String violationCode, String positionClass, Boolean areaHead, String employmentType,
            CaseStateChanged.State state, LocalDate reportedOn, LocalDate occurredOn, boolean forwarded,
            LocalDate recommendedOn, LocalDate decidedOn, String sanctionLevel, String outcomeReason,
            boolean synthetic) {
    }
}
