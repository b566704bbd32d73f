// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

/**
 * An uploaded file was refused. {@code kind} decides the HTTP status (413, 415 or 422); {@code messageKey} and
 * {@code args} give the reason in the reporter's language.
 */
public class EvidenceRejectedException extends RuntimeException {

    public enum Kind { TOO_LARGE, UNSUPPORTED_TYPE, UNACCEPTABLE }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public EvidenceRejectedException(Kind kind, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
