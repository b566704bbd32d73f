// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.election;

import id.netra.reference.ElectionPhase;
import id.netra.reference.ElectionPhaseKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A future election as an admin enters it. Pre-campaign runs up to the day before the campaign (its start is
 * optional) and voting is the voting day itself, so neither needs its own end date.
 *
 * @param allRegions every current region takes part (a Pemilu); otherwise the participant list stays empty and is
 *     marked incomplete
 */
public record NewElection(String code, String name, String nameEn, String type, LocalDate votingDay,
        String scopeNote, LocalDate preCampaignStart, LocalDate campaignStart, LocalDate campaignEnd,
        LocalDate quietStart, LocalDate quietEnd, LocalDate recapStart, LocalDate recapEnd, boolean allRegions) {

    List<ElectionPhase> phases() {
        return List.of(
                new ElectionPhase(ElectionPhaseKind.PRE_CAMPAIGN, preCampaignStart, campaignStart.minusDays(1)),
                new ElectionPhase(ElectionPhaseKind.CAMPAIGN, campaignStart, campaignEnd),
                new ElectionPhase(ElectionPhaseKind.QUIET_PERIOD, quietStart, quietEnd),
                new ElectionPhase(ElectionPhaseKind.VOTING, votingDay, votingDay),
                new ElectionPhase(ElectionPhaseKind.RECAPITULATION, recapStart, recapEnd));
    }
}
