// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.time.LocalDate;

/**
 * What an action needs beyond the case itself: the deadline schedule, the examining authority of a day, and the
 * steps that consult the reference catalogues and the action-specific policies first. Implemented by the
 * application layer; an {@link ActionRequest} calls it from its {@code applyTo}.
 */
public interface ActionContext {

    DeadlineSchedule schedule();

    /** KASN or BKN, by the day the step happened. */
    HolderType examinerOn(LocalDate day);

    void forward(Case c, ActionRequest.Forward request, Step step);

    void verify(Case c, ActionRequest.Verify request, Step step);

    void recommend(Case c, ActionRequest.Recommend request, Step step);

    void decide(Case c, ActionRequest.Decide request, Step step);

    void reprimand(Case c, ActionRequest.Reprimand request, Step step);

    void reportToPresident(Case c, Step step);

    void appeal(Case c, ActionRequest.Appeal request, Step step);

    void decideAppeal(Case c, ActionRequest.DecideAppeal request, Step step);
}
