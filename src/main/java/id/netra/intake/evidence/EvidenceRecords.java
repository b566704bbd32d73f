// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The custody records of evidence files (the bytes live in the {@link EvidenceStore}). */
@Repository
public class EvidenceRecords {

    private final JdbcClient jdbc;

    EvidenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EvidenceRecord record) {
        jdbc.sql("""
                insert into intake.evidence_file (id, report_id, display_name, media_type, size_bytes,
                    sha256_original, sha256_stored, metadata_stripped, storage_key, uploaded_by, created_at)
                values (:id, :reportId, :name, :type, :size, :original, :stored, :stripped, :key, :by, :at)""")
                .param("id", record.id())
                .param("reportId", record.reportId())
                .param("name", record.displayName())
                .param("type", record.mediaType())
                .param("size", record.sizeBytes())
                .param("original", record.sha256Original())
                .param("stored", record.sha256Stored())
                .param("stripped", record.metadataStripped())
                .param("key", record.storageKey())
                .param("by", record.uploadedBy())
                .param("at", record.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<EvidenceRecord> ofReport(UUID reportId) {
        // files of one upload share a time; "bukti-2" before "bukti-10", in the order they were numbered
        return jdbc.sql("""
                select * from intake.evidence_file where report_id = :reportId
                 order by created_at, length(display_name), display_name, id""")
                .param("reportId", reportId).query(EvidenceRecords::map).list();
    }

    public Optional<EvidenceRecord> find(UUID reportId, UUID evidenceId) {
        return jdbc.sql("select * from intake.evidence_file where report_id = :reportId and id = :id")
                .param("reportId", reportId).param("id", evidenceId).query(EvidenceRecords::map).optional();
    }

    private static EvidenceRecord map(ResultSet rs, int row) throws SQLException {
        return new EvidenceRecord(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
                rs.getString("display_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256_original"), rs.getString("sha256_stored"), rs.getBoolean("metadata_stripped"),
                rs.getString("storage_key"), rs.getString("uploaded_by"), rs.getTimestamp("created_at").toInstant());
    }
}
