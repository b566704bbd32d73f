// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs and their refused rows; progress is written as the job runs so that the page can show it. */
@Repository
class ImportJobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID create(ImportSource source, String fileName, int total, String user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into intake.import_job (id, source_system, file_name, status, total_records, created_by,
                                               created_at)
                values (:id, :source, :file, 'RUNNING', :total, :user, :at)""")
                .param("id", id).param("source", source.name()).param("file", fileName).param("total", total)
                .param("user", user).param("at", Instant.now(clock).atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    void progress(UUID id, int processed, int created, int alreadyImported, int refused) {
        jdbc.sql("""
                update intake.import_job set processed = :processed, created_reports = :created,
                       already_imported = :already, refused = :refused where id = :id""")
                .param("processed", processed).param("created", created).param("already", alreadyImported)
                .param("refused", refused).param("id", id).update();
    }

    void finish(UUID id, String status) {
        jdbc.sql("update intake.import_job set status = :status, finished_at = :at where id = :id")
                .param("status", status).param("at", Instant.now(clock).atOffset(ZoneOffset.UTC)).param("id", id)
                .update();
    }

    void errors(UUID id, List<RowError> errors) {
        for (RowError error : errors) {
            jdbc.sql("""
                    insert into intake.import_row_error (job_id, row_number, external_id, column_name, message)
                    values (:id, :row, :externalId, :column, :message)""")
                    .param("id", id).param("row", error.row()).param("externalId", truncate(error.externalId()))
                    .param("column", truncate(error.column())).param("message", error.message()).update();
        }
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from intake.import_job where id = :id").param("id", id)
                .query(ImportJobs::map).optional()
                .map(job -> job.withErrors(jdbc.sql("""
                        select row_number, external_id, column_name, message from intake.import_row_error
                         where job_id = :id order by row_number, column_name limit 1000""")
                        .param("id", id)
                        .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3),
                                rs.getString(4)))
                        .list()));
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 40 ? value : value.substring(0, 40);
    }

    private static ImportJob map(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("source_system"), rs.getString("file_name"),
                rs.getString("status"), rs.getInt("total_records"), rs.getInt("processed"),
                rs.getInt("created_reports"), rs.getInt("already_imported"), rs.getInt("refused"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                List.of());
    }
}
