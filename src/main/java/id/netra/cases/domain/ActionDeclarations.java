// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user actions as their request records declare them ({@link Declares}): the permitted records of the sealed
 * {@link ActionRequest} are the list, so a new action is one record (plus its behaviour on {@link Case}). A record
 * without a declaration, without a role or without a move fails here, when the class is first used.
 */
public final class ActionDeclarations {

    /** One user action: its request type, who performs it, its moves, and whether its form asks to confirm. */
    public record Declaration(CaseAction action, Class<? extends ActionRequest> requestType, Set<Role> roles,
            List<CaseLifecycle.Move> moves, boolean confirm) {

        /** The path segment in the API and the page ({@code /actions/decide-appeal}). */
        public String apiName() {
            return action.key();
        }
    }

    private static final Map<CaseAction, Declaration> BY_ACTION = readAll();

    private ActionDeclarations() {
    }

    public static Collection<Declaration> all() {
        return Collections.unmodifiableCollection(BY_ACTION.values());
    }

    public static Optional<Declaration> of(CaseAction action) {
        return Optional.ofNullable(BY_ACTION.get(action));
    }

    public static Optional<Declaration> byApiName(String apiName) {
        return all().stream().filter(d -> d.apiName().equals(apiName)).findFirst();
    }

    private static Map<CaseAction, Declaration> readAll() {
        Map<CaseAction, Declaration> declared = new EnumMap<>(CaseAction.class);
        for (Class<?> type : ActionRequest.class.getPermittedSubclasses()) {
            Declaration declaration = read(type);
            if (declared.put(declaration.action(), declaration) != null) {
                throw new IllegalStateException(declaration.action() + " is declared twice");
            }
        }
        return declared;
    }

    /** Reads one record's declaration, refusing an incomplete one. */
    @SuppressWarnings("unchecked")
    static Declaration read(Class<?> type) {
        Declares declares = type.getAnnotation(Declares.class);
        if (declares == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no @Declares");
        }
        if (declares.by().length == 0) {
            throw new IllegalStateException(declares.value() + " declares no role that performs it");
        }
        Set<CaseState> from = declares.fromEveryState()
                ? EnumSet.copyOf(Arrays.stream(CaseState.values()).filter(s -> !s.legacy()).toList())
                : declares.from().length == 0 ? EnumSet.noneOf(CaseState.class) : EnumSet.copyOf(List.of(declares.from()));
        if (from.isEmpty()) {
            throw new IllegalStateException(declares.value() + " declares no state it starts from");
        }
        List<CaseLifecycle.Move> moves = new ArrayList<>();
        for (CaseState source : from) {
            if (declares.to().length == 0) {
                moves.add(new CaseLifecycle.Move(declares.value(), source, source));
            }
            for (CaseState target : declares.to()) {
                moves.add(new CaseLifecycle.Move(declares.value(), source, target));
            }
        }
        return new Declaration(declares.value(), (Class<? extends ActionRequest>) type,
                Collections.unmodifiableSet(EnumSet.copyOf(List.of(declares.by()))), List.copyOf(moves),
                declares.confirm());
    }
}
