// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

/**
 * A business rule rejected a well-formed request (422). {@code messageKey} names a message in the i18n bundles so the
 * reason reaches the user in their language; {@code args} fill its placeholders.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public RuleViolationException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
