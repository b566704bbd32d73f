// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.message;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a report's thread. A reporter's message is always public; a handler's is either public (the reporter
 * reads it through the receipt) or an internal note that the reporter never sees.
 */
public record Message(UUID id, UUID reportId, AuthorKind authorKind, String author, Visibility visibility, String body,
        Instant createdAt) {

    public enum AuthorKind { HANDLER, REPORTER }

    public enum Visibility { PUBLIC, INTERNAL }

    /** The reporter is never named in the thread, whatever their mode. */
    public static final String REPORTER_AUTHOR = "pelapor";

    public boolean visibleToReporter() {
        return visibility == Visibility.PUBLIC;
    }
}
