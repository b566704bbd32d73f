// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

/**
 * A rule's objection to one field: {@code field} is the property name of the form and of the JSON body,
 * {@code messageKey} the reason in the identity bundle, {@code args} its placeholders.
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
