// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static id.netra.cases.domain.CaseAction.*;
import static id.netra.cases.domain.CaseState.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that says which action leads from which state to which state. Everything else (the aggregate, the
 * allowed-actions list in the API and UI, the sweep) asks this table.
 */
public final class CaseLifecycle {

    /** One legal move. */
    public record Move(CaseAction action, CaseState from, CaseState to) {
    }

    private static final EnumSet<CaseState> OPEN_AFTER_FORWARDING =
            EnumSet.of(FORWARDED, UNDER_VERIFICATION, RECOMMENDED, OVERDUE, REPRIMANDED, DATA_BLOCKED, UNBLOCKED);

    private static final List<Move> MOVES = build();

    private CaseLifecycle() {
    }

    private static List<Move> build() {
        Table t = new Table();
        // Bawaslu review
        t.add(FORWARD, RECEIVED, FORWARDED);
        t.add(STOP, RECEIVED, STOPPED);
        t.add(CaseAction.NOT_REGISTERED, RECEIVED, CaseState.NOT_REGISTERED);
        // Satgas / BKN verification and examination
        t.add(VERIFY, FORWARDED, UNDER_VERIFICATION);
        t.add(RECOMMEND, UNDER_VERIFICATION, RECOMMENDED);
        t.add(CaseAction.NOT_PROVEN, UNDER_VERIFICATION, CaseState.NOT_PROVEN);
        t.add(CANCEL, EnumSet.of(RECEIVED, FORWARDED, UNDER_VERIFICATION), CANCELLED);
        t.add(REJECT, EnumSet.of(FORWARDED, UNDER_VERIFICATION), REJECTED);
        // the PPK decides, also late: a late decision is still compliance
        t.add(DECIDE, EnumSet.of(RECOMMENDED, OVERDUE, REPRIMANDED, UNBLOCKED), SANCTIONED);
        // escalation: the sweep marks the PPK late, BKN reprimands and blocks, the PPK's follow-up lifts the block
        t.add(MARK_OVERDUE, EnumSet.of(RECOMMENDED, UNBLOCKED), OVERDUE);
        t.add(REPRIMAND, OVERDUE, REPRIMANDED);
        t.add(BLOCK, EnumSet.of(OVERDUE, REPRIMANDED), DATA_BLOCKED);
        t.add(UNBLOCK, DATA_BLOCKED, UNBLOCKED);
        // side exit: nobody left to sanction
        t.add(CaseAction.LEFT_SERVICE, OPEN_AFTER_FORWARDING, CaseState.LEFT_SERVICE);
        // appeal track (PP 79/2021): keberatan or banding, then upheld/amended (sanction stands) or annulled
        t.add(APPEAL, SANCTIONED, UNDER_APPEAL);
        t.add(DECIDE_APPEAL, UNDER_APPEAL, SANCTIONED);
        t.add(DECIDE_APPEAL, UNDER_APPEAL, SANCTION_ANNULLED);
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
