// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit;

/**
 * One fact for the audit trail.
 *
 * @param action what happened, dotted and past tense, e.g. {@code case.forwarded} or {@code evidence.downloaded}
 * @param subjectType the kind of object, e.g. {@code case}
 * @param subjectId its identifier
 * @param actor the username, or {@code anonymous} / {@code system}
 * @param details short free text or JSON; never reporter identity in clear
 */
public record AuditEvent(String action, String subjectType, String subjectId, String actor, String details) {
}
