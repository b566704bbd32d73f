// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.chain.AuditEntry;
import id.netra.shared.TimeConfiguration;
import java.time.format.DateTimeFormatter;

/** One row of the log table: the time in Western Indonesia Time, the hash shortened for reading. */
record AuditEntryView(long sequenceNumber, String occurredAt, String action, String subject, String actor,
        String details, String hash, String shortHash) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'WIB'")
            .withZone(TimeConfiguration.WIB);

    static AuditEntryView of(AuditEntry entry) {
        String subject = entry.subjectType() == null ? ""
                : entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId());
        return new AuditEntryView(entry.sequenceNumber(), TIME.format(entry.occurredAt()), entry.action(), subject,
                entry.actor(), entry.details(), entry.hash(), entry.hash().substring(0, 12));
    }
}
