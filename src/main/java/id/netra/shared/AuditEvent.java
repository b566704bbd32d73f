// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

/**
 * One fact for the audit trail, and the only way to put one there: a module publishes it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction of the change it records. The audit module writes it in a
 * synchronous listener, in that same transaction; if the entry cannot be written, the exception reaches the publisher
 * and the change rolls back with it (a change that cannot be audited is not made). No module calls the audit module.
 *
 * @param action what happened, dotted and past tense, e.g. {@code case.forwarded} or {@code evidence.downloaded}
 * @param subjectType the kind of object, e.g. {@code case}
 * @param subjectId its identifier
 * @param actor the username, or {@code anonymous} / {@code system}
 * @param details short free text or JSON; never reporter identity in clear
 */
public record AuditEvent(String action, String subjectType, String subjectId, String actor, String details) {
}
