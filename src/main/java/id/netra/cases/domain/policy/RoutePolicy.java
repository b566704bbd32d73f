// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.CaseRoute;
import id.netra.cases.domain.HolderType;
import java.time.LocalDate;

/**
 * Which route a new case takes, by its channel and the day the report came in: an SBT report on a day BKN
 * supervises (from the KASN handover, see {@link ExaminingAuthorityPolicy}) goes to the Satgas first.
 */
public final class RoutePolicy {

    /** The channel of reports that entered through BKN's SBT. */
    public static final String SBT_CHANNEL = "SBT";

    private final ExaminingAuthorityPolicy examiners;

    public RoutePolicy(ExaminingAuthorityPolicy examiners) {
        this.examiners = examiners;
    }

    public CaseRoute routeFor(String channel, LocalDate receivedOn) {
        return SBT_CHANNEL.equals(channel) && examiners.examinerOn(receivedOn) == HolderType.BKN
                ? CaseRoute.SATGAS_FIRST : CaseRoute.BAWASLU_FIRST;
    }
}
