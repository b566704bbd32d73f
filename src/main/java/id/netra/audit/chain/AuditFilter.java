// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.time.Instant;
import org.springframework.util.StringUtils;

/**
 * Narrows the audit log for display or export. Every part is optional; blank text means "all".
 *
 * @param actionPrefix a full action, or a prefix ending in a dot for a family, e.g. {@code identity.} for all
 *        sign-in and account events
 * @param actor part of a username, matched without regard to case
 * @param subjectType the kind of object, exactly, e.g. {@code case}
 * @param subjectId the object's identifier, exactly (a case's number in the system, a username, a report's id)
 * @param from the first instant included, or {@code null}
 * @param until the first instant no longer included, or {@code null}
 */
public record AuditFilter(String actionPrefix, String actor, String subjectType, String subjectId, Instant from,
        Instant until) {

    public AuditFilter {
        actionPrefix = blankToNull(actionPrefix);
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
    }

    public AuditFilter(String actionPrefix, String actor) {
        this(actionPrefix, actor, null, null, null, null);
    }

    /** The action, or the family when it ends in a dot, as a LIKE pattern with LIKE's own wildcards taken literally. */
    String actionPattern() {
        if (actionPrefix == null) {
            return null;
        }
        return escapeLike(actionPrefix) + (actionPrefix.endsWith(".") ? "%" : "");
    }

    /** The actor as a case-insensitive "contains" pattern. */
    String actorPattern() {
        return actor == null ? null : "%" + escapeLike(actor) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}
