// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static id.netra.cases.domain.CaseAction.*;
import static id.netra.cases.domain.CaseState.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table of which action leads from which state to which state: the user actions' moves as their request
 * records declare them ({@link Declares}), and the system's own (the sweep). Everything else (the aggregate, the
 * allowed-actions list in the API and UI, the sweep) asks this table.
 */
public final class CaseLifecycle {

    /** One legal move. */
    public record Move(CaseAction action, CaseState from, CaseState to) {
    }

    private static final List<Move> MOVES = build();

    private CaseLifecycle() {
    }

    private static List<Move> build() {
        Table t = new Table();
        // the user actions, as their request records declare them
        ActionDeclarations.all().forEach(declaration -> t.moves.addAll(declaration.moves()));
        // the system: the sweep marks the PPK late, and queues the block when the reprimand's days pass (a BKN
        // officer records the block itself: the block is a record beside the case, the state is kept)
        t.add(MARK_OVERDUE, EnumSet.of(RECOMMENDED, PPK_EXAMINATION), OVERDUE);
        t.add(BLOCK_DUE, REPRIMANDED, REPRIMANDED);
        return List.copyOf(t.moves);
    }

    /** Actions (user and system) that may start from {@code state}. */
    public static Set<CaseAction> actionsFrom(CaseState state) {
        return MOVES.stream().filter(m -> m.from() == state).map(Move::action)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAction.class)));
    }

    public static boolean allows(CaseAction action, CaseState from) {
        return MOVES.stream().anyMatch(m -> m.action() == action && m.from() == from);
    }

    public static boolean allows(CaseAction action, CaseState from, CaseState to) {
        return MOVES.contains(new Move(action, from, to));
    }

    /** States {@code action} may start from, e.g. for the deadline sweep's query. */
    public static Set<CaseState> sourcesOf(CaseAction action) {
        return MOVES.stream().filter(m -> m.action() == action).map(Move::from)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));
    }

    public static List<Move> moves() {
        return MOVES;
    }

    private static final class Table {
        private final List<Move> moves = new java.util.ArrayList<>();

        void add(CaseAction action, CaseState from, CaseState to) {
            moves.add(new Move(action, from, to));
        }

        void add(CaseAction action, Set<CaseState> from, CaseState to) {
            from.forEach(state -> add(action, state, to));
        }
    }
}
