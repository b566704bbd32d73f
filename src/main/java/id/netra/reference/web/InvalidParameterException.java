// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

/** A query parameter of the reference API is missing or malformed (400); the message key explains which and why. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] args;

    InvalidParameterException(String parameter, String messageKey, Object... args) {
        super(messageKey + " (" + parameter + ")");
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args;
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
