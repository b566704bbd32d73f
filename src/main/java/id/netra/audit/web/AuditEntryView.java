// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import java.util.List;

/**
 * One row of the log table as a person reads it: the time in Western Indonesia Time, the action and the object by
 * name (the stored codes stay available as tooltips and in the CSV), a link to the object's page where it has one,
 * and the details as "label: value" lines.
 *
 * @param action the stored action, for the tooltip
 * @param subjectType the stored object type, for the "only this object" filter link
 * @param subjectId the stored object identifier, likewise
 * @param subjectLink the object's page, or {@code null}
 */
record AuditEntryView(long sequenceNumber, String occurredAt, String actionLabel, String action, String subjectLabel,
        String subjectType, String subjectId, String subjectLink, String actor, List<String> detailLines,
        String hash, String shortHash) {
}
