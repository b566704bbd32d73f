// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one answer every policy in Netra gives: allowed, or rejected with one or more {@link Reason reasons}. A page
 * binds the reasons to its form fields ({@code shared.web.DecisionBinding}); the API answers them as 422
 * problem+json ({@code shared.web.ProblemResponses}) after {@link #orThrow()}.
 *
 * <p>Each rule is a small named function returning a {@code Decision}; a policy chains them with {@link #and} (stop at
 * the first rejection) or gathers them with {@link #all} (report every rejection at once, as a form should).
 */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

    Decision ALLOWED = new Allowed();

    static Decision allow() {
        return ALLOWED;
    }

    /** Rejected for a reason that belongs to the request as a whole. */
    static Decision reject(String messageKey, Object... args) {
        return new Rejected(List.of(Reason.of(messageKey, args)));
    }

    /** Rejected for a reason that belongs to one field, named by its property path ({@code persons[0].nip}). */
    static Decision rejectField(String field, String messageKey, Object... args) {
        return new Rejected(List.of(Reason.ofField(field, messageKey, args)));
    }

    static Decision rejectAll(List<Reason> reasons) {
        return reasons.isEmpty() ? ALLOWED : new Rejected(reasons);
    }

    /** Every rejection of every check, in order; allowed only if all allowed. */
    static Decision all(Decision... checks) {
        return all(Arrays.asList(checks));
    }

    static Decision all(List<Decision> checks) {
        List<Reason> reasons = new ArrayList<>();
        for (Decision check : checks) {
            reasons.addAll(check.reasons());
        }
        return rejectAll(reasons);
    }

    /** Allowed when {@code condition} holds, otherwise rejected with the message. */
    static Decision when(boolean condition, String messageKey, Object... args) {
        return condition ? ALLOWED : reject(messageKey, args);
    }

    /** Allowed when {@code condition} holds, otherwise rejected with the message at {@code field}. */
    static Decision whenField(boolean condition, String field, String messageKey, Object... args) {
        return condition ? ALLOWED : rejectField(field, messageKey, args);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    default boolean rejected() {
        return !allowed();
    }

    /** The reasons of a rejection; empty when allowed. */
    default List<Reason> reasons() {
        return this instanceof Rejected rejected ? rejected.reasons() : List.of();
    }

    /** The next check runs only if this one allowed. */
    default Decision and(Supplier<Decision> next) {
        return allowed() ? next.get() : this;
    }

    /** Throws {@link PolicyRejectedException} (422 at the API) when rejected. */
    default void orThrow() {
        if (this instanceof Rejected rejected) {
            throw new PolicyRejectedException(rejected);
        }
    }

    /** As {@link #orThrow()}, with {@code summaryKey} as the problem's detail above the listed reasons. */
    default void orThrow(String summaryKey) {
        if (this instanceof Rejected rejected) {
            throw new PolicyRejectedException(rejected, summaryKey);
        }
    }

    /** Throws a {@link PolicyRejectedException#malformed malformed} rejection (400 at the API) when rejected. */
    default void orThrowMalformed(String summaryKey) {
        if (this instanceof Rejected rejected) {
            throw PolicyRejectedException.malformed(rejected, summaryKey);
        }
    }

    record Allowed() implements Decision {
    }

    record Rejected(List<Reason> reasons) implements Decision {

        public Rejected {
            if (reasons == null || reasons.isEmpty()) {
                throw new IllegalArgumentException("A rejection needs at least one reason");
            }
            reasons = List.copyOf(reasons);
        }

        public Reason first() {
            return reasons.get(0);
        }
    }

    /**
     * Why a rule said no: {@code messageKey} names the text in the module's i18n bundle, {@code args} fill its
     * placeholders, and {@code field} (nullable) is the property path of the field at fault.
     */
    record Reason(String messageKey, List<Object> args, String field) {

        public Reason {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Reason of(String messageKey, Object... args) {
            return new Reason(messageKey, Arrays.asList(args), null);
        }

        public static Reason ofField(String field, String messageKey, Object... args) {
            return new Reason(messageKey, Arrays.asList(args), field);
        }

        public Object[] argArray() {
            return args.toArray();
        }

        public boolean hasField() {
            return field != null && !field.isBlank();
        }
    }
}
