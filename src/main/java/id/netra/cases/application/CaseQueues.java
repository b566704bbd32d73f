// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseLifecycle;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.policy.ActionRolePolicy;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The work queues of the case pages. "My tasks" are the cases waiting for a step that one of the user's roles takes
 * on the main line (side exits such as cancel or left-service do not make a task); "due soon" and "overdue" look at
 * the running deadline. All three only ever show cases within the user's scope.
 */
@Service
public class CaseQueues {

    public enum Queue { MY_TASKS, DUE_SOON, OVERDUE, ALL }

    /** Steps that move a case forward and are someone's job to take. */
    private static final Set<CaseAction> TASKS = EnumSet.of(CaseAction.FORWARD, CaseAction.VERIFY,
            CaseAction.RECOMMEND, CaseAction.DECIDE, CaseAction.REPRIMAND, CaseAction.UNBLOCK,
            CaseAction.DECIDE_APPEAL);

    private final CaseQueries queries;
    private final CurrentUserProvider users;
    private final ActionRolePolicy roles;
    private final CasesProperties properties;
    private final Clock clock;

    CaseQueues(CaseQueries queries, CurrentUserProvider users, ActionRolePolicy roles, CasesProperties properties,
            Clock clock) {
        this.queries = queries;
        this.users = users;
        this.roles = roles;
        this.properties = properties;
        this.clock = clock;
    }

    public CasePage queue(Queue queue, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        CaseFilter filter = switch (queue) {
            case MY_TASKS -> new CaseFilter(taskStates(users.require()), null, null, null, null, null);
            case DUE_SOON -> new CaseFilter(Set.of(), null, null, today,
                    today.plusDays(properties.dueSoonDays() + 1L), null);
            case OVERDUE -> new CaseFilter(Set.of(), null, null, null, today, null);
            case ALL -> CaseFilter.none();
        };
        if (queue == Queue.MY_TASKS && filter.states().isEmpty()) {
            return new CasePage(java.util.List.of(), page, size, 0, 0);
        }
        return queries.list(filter, page, size, queue == Queue.ALL ? "updatedAt,desc" : "deadline");
    }

    /** Whether the signed-in user's roles ever have a task (supervisors and analysts only read). */
    public boolean hasTasks() {
        return !taskStates(users.require()).isEmpty();
    }

    /** States in which one of the user's roles has a task. */
    public Set<CaseState> taskStates(CurrentUser user) {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        for (CaseAction action : TASKS) {
            if (user.roles().stream().anyMatch(roles.performersOf(action)::contains)) {
                states.addAll(CaseLifecycle.sourcesOf(action));
            }
        }
        return states;
    }
}
