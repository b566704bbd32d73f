// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.shared.RuleViolationException;
import java.util.function.Supplier;

/** What a policy says: allowed, or rejected with a reason that is a message key in the cases bundle. */
public sealed interface RuleCheck {

    RuleCheck ALLOWED = new Allowed();

    static RuleCheck allow() {
        return ALLOWED;
    }

    static RuleCheck reject(String messageKey, Object... args) {
        return new Rejected(messageKey, args);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The next check runs only if this one allowed. */
    default RuleCheck and(Supplier<RuleCheck> next) {
        return allowed() ? next.get() : this;
    }

    /** Turns a rejection into the 422 the API answers. */
    default void orThrow() {
        if (this instanceof Rejected rejected) {
            throw new RuleViolationException(rejected.messageKey(), rejected.args());
        }
    }

    record Allowed() implements RuleCheck {
    }

    record Rejected(String messageKey, Object[] args) implements RuleCheck {

        public Rejected {
            args = args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }
}
