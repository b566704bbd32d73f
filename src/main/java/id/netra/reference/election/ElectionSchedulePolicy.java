// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a new election may be recorded: a well-formed code matching its type and year, a voting day still to
 * come, and phases that follow each other (pre-campaign, campaign, quiet period, voting, recapitulation).
 */
public final class ElectionSchedulePolicy {

    /** One reason for rejection, tied to the form field it concerns. */
    public record Problem(String field, String messageKey) {
    }

    private static final Pattern CODE = Pattern.compile("(PEMILU|PILKADA)-([0-9]{4})(-[A-Z0-9]+)*");

    private ElectionSchedulePolicy() {
    }

    /** Assumes every required date is present (the form checks that first); {@code today} comes from the clock. */
    public static List<Problem> check(NewElection election, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        var code = CODE.matcher(election.code());
        if (!code.matches()) {
            problems.add(new Problem("code", "reference.election.code.format"));
        } else if (!code.group(1).equals(election.type())) {
            problems.add(new Problem("code", "reference.election.code.type"));
        } else if (Integer.parseInt(code.group(2)) != election.votingDay().getYear()) {
            problems.add(new Problem("code", "reference.election.code.year"));
        }
        if (!election.votingDay().isAfter(today)) {
            problems.add(new Problem("votingDay", "reference.election.voting-day.future"));
        }
        if (election.preCampaignStart() != null && !election.preCampaignStart().isBefore(election.campaignStart())) {
            problems.add(new Problem("preCampaignStart", "reference.election.pre-campaign.order"));
        }
        if (election.campaignEnd().isBefore(election.campaignStart())) {
            problems.add(new Problem("campaignEnd", "reference.election.period.end-before-start"));
        }
        if (!election.quietStart().isAfter(election.campaignEnd())) {
            problems.add(new Problem("quietStart", "reference.election.quiet.after-campaign"));
        }
        if (election.quietEnd().isBefore(election.quietStart())) {
            problems.add(new Problem("quietEnd", "reference.election.period.end-before-start"));
        }
        if (!election.votingDay().isAfter(election.quietEnd())) {
            problems.add(new Problem("votingDay", "reference.election.voting-day.after-quiet"));
        }
        if (election.recapStart().isBefore(election.votingDay())) {
            problems.add(new Problem("recapStart", "reference.election.recap.from-voting-day"));
        }
        if (election.recapEnd().isBefore(election.recapStart())) {
            problems.add(new Problem("recapEnd", "reference.election.period.end-before-start"));
        }
        return problems;
    }
}
