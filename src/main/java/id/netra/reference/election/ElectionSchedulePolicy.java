// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.election;

import id.netra.shared.Decision;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Whether a new election may be recorded: a well-formed code matching its type and year, a voting day still to
 * come, and phases that follow each other (pre-campaign, campaign, quiet period, voting, recapitulation). Each rule
 * is its own function; {@link #check} gathers every reason so the form shows each at its field.
 */
public final class ElectionSchedulePolicy {

    private static final Pattern CODE = Pattern.compile("(PEMILU|PILKADA)-([0-9]{4})(-[A-Z0-9]+)*");
    private static final String PERIOD_END_BEFORE_START = "reference.election.period.end-before-start";

    private ElectionSchedulePolicy() {
    }

    /** Assumes every required date is present (the form checks that first); {@code today} comes from the clock. */
    public static Decision check(NewElection election, LocalDate today) {
        return Decision.all(codeMatchesTypeAndYear(election), votingDayIsAhead(election, today),
                preCampaignBeforeCampaign(election),
                periodInOrder("campaignEnd", election.campaignStart(), election.campaignEnd()),
                quietPeriodAfterCampaign(election),
                periodInOrder("quietEnd", election.quietStart(), election.quietEnd()),
                votingDayAfterQuietPeriod(election), recapitulationFromVotingDay(election),
                periodInOrder("recapEnd", election.recapStart(), election.recapEnd()));
    }

    static Decision codeMatchesTypeAndYear(NewElection election) {
        var code = CODE.matcher(election.code());
        if (!code.matches()) {
            return Decision.rejectField("code", "reference.election.code.format");
        }
        if (!code.group(1).equals(election.type())) {
            return Decision.rejectField("code", "reference.election.code.type");
        }
        if (Integer.parseInt(code.group(2)) != election.votingDay().getYear()) {
            return Decision.rejectField("code", "reference.election.code.year");
        }
        return Decision.allow();
    }

    static Decision votingDayIsAhead(NewElection election, LocalDate today) {
        return election.votingDay().isAfter(today) ? Decision.allow()
                : Decision.rejectField("votingDay", "reference.election.voting-day.future");
    }

    static Decision preCampaignBeforeCampaign(NewElection election) {
        return election.preCampaignStart() == null || election.preCampaignStart().isBefore(election.campaignStart())
                ? Decision.allow()
                : Decision.rejectField("preCampaignStart", "reference.election.pre-campaign.order");
    }

    /** A period may last one day, but may not end before it starts; the reason goes to its end field. */
    static Decision periodInOrder(String endField, LocalDate start, LocalDate end) {
        return end.isBefore(start) ? Decision.rejectField(endField, PERIOD_END_BEFORE_START) : Decision.allow();
    }

    static Decision quietPeriodAfterCampaign(NewElection election) {
        return election.quietStart().isAfter(election.campaignEnd()) ? Decision.allow()
                : Decision.rejectField("quietStart", "reference.election.quiet.after-campaign");
    }

    static Decision votingDayAfterQuietPeriod(NewElection election) {
        return election.votingDay().isAfter(election.quietEnd()) ? Decision.allow()
                : Decision.rejectField("votingDay", "reference.election.voting-day.after-quiet");
    }

    static Decision recapitulationFromVotingDay(NewElection election) {
        return election.recapStart().isBefore(election.votingDay())
                ? Decision.rejectField("recapStart", "reference.election.recap.from-voting-day")
                : Decision.allow();
    }
}
