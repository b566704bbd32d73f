// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

/** The request lost a race with another change to the same object (409); {@code messageKey} explains it. */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
