// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.RowMapper;

/** Reads {@code audit.entry} rows. */
final class AuditEntryRows {

    static final RowMapper<AuditEntry> MAPPER = (rs, row) -> new AuditEntry(
            rs.getLong("sequence_number"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getString("action"),
            rs.getString("subject_type"),
            rs.getString("subject_id"),
            rs.getString("actor"),
            rs.getString("details"),
            rs.getString("previous_hash"),
            rs.getString("hash"));

    private AuditEntryRows() {
    }
}
