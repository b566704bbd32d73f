// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

/**
 * A rule's objection to one field of a form or request body: {@code field} is the property path as the client sent
 * it ({@code email}, {@code stages[2].amount}); {@code messageKey} names the reason in an i18n bundle, {@code args}
 * fill its placeholders.
 */
public record FieldRejection(String field, String messageKey, Object[] args) {

    public FieldRejection {
        args = args == null ? new Object[0] : args.clone();
    }

    public static FieldRejection of(String field, String messageKey, Object... args) {
        return new FieldRejection(field, messageKey, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
