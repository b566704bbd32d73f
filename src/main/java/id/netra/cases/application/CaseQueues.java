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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The work queues of the case pages. "My tasks" are the cases waiting for a step that one of the user's roles takes
 * on the main line (side exits such as cancel or left-service do not make a task); "due soon" and "overdue" look at
 * the running deadline. All three only ever show cases within the user's scope.
 */
@Service
public class CaseQueues {

    /** {@code BLOCK_DUE}: cases whose SIASN block the sweep found due, for the BKN officers who record blocks. */
    public enum Queue { MY_TASKS, DUE_SOON, OVERDUE, BLOCK_DUE, ALL }

    /** Steps that move a case forward and are someone's job to take. */
    private static final Set<CaseAction> TASKS = EnumSet.of(CaseAction.FORWARD, CaseAction.VERIFY,
            CaseAction.RECOMMEND, CaseAction.DECIDE, CaseAction.REPRIMAND, CaseAction.INFO_COMPLETE,
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
        return queue(queue, CaseFilter.none(), QueueSort.defaultFor(queue), page, size);
    }

    /**
     * One page of a queue narrowed by the user's own filter. The filter's state, agency, region and election only
     * narrow further: the queue's conditions and the user's scope still apply.
     */
    public CasePage queue(Queue queue, CaseFilter narrowing, QueueSort sort, int page, int size) {
        return queueFilter(queue, narrowing)
                .map(filter -> queries.list(filter, page, size, sort.listSort()))
                .orElseGet(() -> new CasePage(List.of(), Math.max(0, page), size, 0, 0));
    }

    /** Every case of the narrowed queue up to {@code max}, in the page's order, as the page would show them. */
    public List<CaseSummary> export(Queue queue, CaseFilter narrowing, QueueSort sort, int max) {
        return queueFilter(queue, narrowing).map(filter -> queries.export(filter, sort.listSort(), max))
                .orElseGet(List::of);
    }

    /** The queue's filter intersected with the user's; empty when no case can match (e.g. a state that is no task). */
    private Optional<CaseFilter> queueFilter(Queue queue, CaseFilter narrowing) {
        LocalDate today = LocalDate.now(clock);
        Set<CaseState> states = narrowing.states();
        LocalDate dueFrom = null;
        LocalDate dueBefore = null;
        boolean blockDue = false;
        switch (queue) {
            case MY_TASKS -> {
                Set<CaseState> tasks = EnumSet.noneOf(CaseState.class);
                tasks.addAll(taskStates(users.require()));
                if (!states.isEmpty()) {
                    tasks.retainAll(states);
                }
                if (tasks.isEmpty()) {
                    return Optional.empty();
                }
                states = tasks;
            }
            case DUE_SOON -> {
                dueFrom = today;
                dueBefore = today.plusDays(properties.dueSoonDays() + 1L);
            }
            case OVERDUE -> dueBefore = today;
            case BLOCK_DUE -> blockDue = true;
            case ALL -> { }
        }
        return Optional.of(new CaseFilter(states, narrowing.agencyCode(), narrowing.regionCode(), dueFrom, dueBefore,
                narrowing.electionCode(), blockDue, narrowing.text(), narrowing.textAgencyCodes()));
    }

    /** The queue shown when none is chosen: the user's tasks, or every visible case for read-only roles. */
    public Queue defaultQueue() {
        return hasTasks() ? Queue.MY_TASKS : Queue.ALL;
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
