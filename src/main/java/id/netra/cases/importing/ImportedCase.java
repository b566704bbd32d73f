// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.domain.PersonEmployment;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionLevel;
import java.time.LocalDate;

/**
 * One row of an import file after every check passed: codes known, dates possible and in order, and what the target
 * state needs present. {@link ImportedHistory} turns it into a case with its history.
 *
 * @param agencyCode {@code null} when only a name was given that matches no agency
 * @param categoryCode {@code null}: the form's default category (or none when the form is unknown too)
 * @param forwardedOn {@code null}: forwarded on the day it was reported
 * @param closedOn the day of a closing step without a sanction (stop, not proven, ...), {@code null} otherwise
 */
record ImportedCase(int row, String externalId, String electionCode, LocalDate reportedOn, LocalDate occurredOn,
        LocalDate forwardedOn, String regionCode, String agencyCode, String agencyName, String personName,
        String personNip, String positionClass, Boolean areaHead, Boolean actingRegionalHead,
        PersonEmployment employment, String violationCode, String categoryCode, CaseState state,
        OutcomeReason outcomeReason, LocalDate recommendedOn, SanctionLevel recommendedLevel, LocalDate decidedOn,
        Sanction decidedSanction, String decreeNumber, LocalDate closedOn) {
}
