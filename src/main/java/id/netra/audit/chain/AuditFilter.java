// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import org.springframework.util.StringUtils;

/**
 * Narrows the audit log for display or export.
 *
 * @param actionPrefix e.g. {@code identity.} for all sign-in events, or a full action; blank for all
 * @param actor an exact username; blank for all
 */
public record AuditFilter(String actionPrefix, String actor) {

    public AuditFilter {
        actionPrefix = StringUtils.hasText(actionPrefix) ? actionPrefix.trim() : null;
        actor = StringUtils.hasText(actor) ? actor.trim() : null;
    }

    /** The prefix as a LIKE pattern, with LIKE's own wildcards taken literally. */
    String actionPattern() {
        return actionPrefix == null ? null
                : actionPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
