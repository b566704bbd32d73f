// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

/** The file as a whole cannot be imported (unreadable, missing columns, too many rows): 422 with the reason. */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
