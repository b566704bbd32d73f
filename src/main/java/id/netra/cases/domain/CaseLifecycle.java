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
            EnumSet.of(FORWARDED, UNDER_VERIFICATION, RECOMMENDED, PPK_EXAMINATION, OVERDUE, REPRIMANDED);

    private static final List<Move> MOVES = build();

    private CaseLifecycle() {
    }

    private static List<Move> build() {
        Table t = new Table();
        // Bawaslu review
        t.add(FORWARD, RECEIVED, FORWARDED);
        t.add(STOP, EnumSet.of(RECEIVED, CaseState.NEEDS_INFO), STOPPED);
        t.add(CaseAction.NOT_REGISTERED, EnumSet.of(RECEIVED, CaseState.NEEDS_INFO), CaseState.NOT_REGISTERED);
        t.add(CaseAction.NOT_A_VIOLATION, RECEIVED, CaseState.NOT_A_VIOLATION);
        // incomplete information: the reporter (at Bawaslu's review) or the supervisor's file (at the authority);
        // completing it returns the case to the state it was asked from (Case remembers which)
        t.add(ASK_INFO, EnumSet.of(RECEIVED, FORWARDED), CaseState.NEEDS_INFO);
        t.add(INFO_COMPLETE, CaseState.NEEDS_INFO, RECEIVED);
        t.add(INFO_COMPLETE, CaseState.NEEDS_INFO, FORWARDED);
        // not a civil servant: at screening, whoever screens
        t.add(CaseAction.NOT_ASN, EnumSet.of(RECEIVED, CaseState.NEEDS_INFO, FORWARDED, UNDER_VERIFICATION),
                CaseState.NOT_ASN);
        // Satgas / BKN verification and examination
        t.add(VERIFY, FORWARDED, UNDER_VERIFICATION);
        t.add(RECOMMEND, UNDER_VERIFICATION, RECOMMENDED);
        t.add(CaseAction.NOT_PROVEN, UNDER_VERIFICATION, CaseState.NOT_PROVEN);
        t.add(CANCEL, EnumSet.of(RECEIVED, CaseState.NEEDS_INFO, FORWARDED, UNDER_VERIFICATION), CANCELLED);
        t.add(REJECT, EnumSet.of(FORWARDED, UNDER_VERIFICATION), REJECTED);
        // the PPK decides, also late and also while the data is blocked: the decision lifts the block
        t.add(START_EXAMINATION, EnumSet.of(RECOMMENDED, OVERDUE, REPRIMANDED), PPK_EXAMINATION);
        t.add(DECIDE, EnumSet.of(RECOMMENDED, PPK_EXAMINATION, OVERDUE, REPRIMANDED), SANCTIONED);
        // escalation: the sweep marks the PPK late, BKN reprimands; the sweep queues the block when the reprimand's
        // days pass and a BKN officer records it. Blocking keeps the state: the block is a record beside the case.
        t.add(MARK_OVERDUE, EnumSet.of(RECOMMENDED, PPK_EXAMINATION), OVERDUE);
        t.add(REPRIMAND, OVERDUE, REPRIMANDED);
        t.add(REPORT_TO_PRESIDENT, OVERDUE, OVERDUE);
        t.add(REPORT_TO_PRESIDENT, REPRIMANDED, REPRIMANDED);
        t.add(BLOCK_DUE, REPRIMANDED, REPRIMANDED);
        t.add(BLOCK, OVERDUE, OVERDUE);
        t.add(BLOCK, REPRIMANDED, REPRIMANDED);
        // side exit: nobody left to sanction
        t.add(CaseAction.LEFT_SERVICE, OPEN_AFTER_FORWARDING, CaseState.LEFT_SERVICE);
        // appeal track (PP 79/2021): keberatan or banding, then upheld/amended (sanction stands) or annulled
        t.add(APPEAL, SANCTIONED, UNDER_APPEAL);
        t.add(DECIDE_APPEAL, UNDER_APPEAL, SANCTIONED);
        t.add(DECIDE_APPEAL, UNDER_APPEAL, SANCTION_ANNULLED);
        // correcting how the person is counted keeps the state, and is open in every state, closed cases included:
        // the statistics count them too
        for (CaseState state : CaseState.values()) {
            if (!state.legacy()) {
                t.add(CORRECT_PERSON, state, state);
            }
        }
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
