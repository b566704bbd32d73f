// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.upload;

import id.netra.survey.responses.RowError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Upload jobs and their refused rows in {@code survey.upload_job}; each call is its own statement. */
@Repository
class UploadJobStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Object>> VALUES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    UploadJobStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    void create(UUID id, long surveyId, String fileName, int totalRows, UUID runner, String user) {
        jdbc.sql("""
                insert into survey.upload_job (id, survey_id, file_name, status, total_rows, runner, created_by,
                                               created_at)
                values (?, ?, ?, 'RUNNING', ?, ?, ?, ?)""")
                .params(id, surveyId, fileName, totalRows, runner, user, now()).update();
    }

    void progress(UUID id, int processedRows, int storedRows) {
        jdbc.sql("update survey.upload_job set processed_rows = ?, stored_rows = ? where id = ? and status = 'RUNNING'")
                .params(processedRows, storedRows, id).update();
    }

    /** Marks the job done with what it stored and keeps its first refused rows. */
    void done(UUID id, ImportResult result, int processedRows) {
        jdbc.sql("""
                update survey.upload_job set status = 'DONE', processed_rows = ?, stored_rows = ?, imported = ?,
                       rejected_rows = ?, dropped_columns = ?::jsonb, ignored_columns = ?::jsonb, finished_at = ?
                 where id = ?""")
                .params(processedRows, result.imported(), result.imported(), result.rejectedRows(),
                        json.writeValueAsString(result.droppedIdentifierColumns()),
                        json.writeValueAsString(result.ignoredColumns()), now(), id)
                .update();
        errors(id, result.errors());
    }

    /** Marks the job stopped: nothing of it was stored. Keeps the refused rows it found, if any. */
    void failed(UUID id, String code, List<Object> args, int rejectedRows, List<String> dropped, List<String> ignored,
            List<RowError> errors) {
        jdbc.sql("""
                update survey.upload_job set status = 'FAILED', stored_rows = 0, imported = 0, rejected_rows = ?,
                       dropped_columns = ?::jsonb, ignored_columns = ?::jsonb, failure_code = ?,
                       failure_args = ?::jsonb, finished_at = ?
                 where id = ?""")
                .params(rejectedRows, json.writeValueAsString(dropped), json.writeValueAsString(ignored), code,
                        json.writeValueAsString(args), now(), id)
                .update();
        errors(id, errors);
    }

    /** Jobs left running by another server process, which has stopped: marked interrupted. Returns how many. */
    int interruptOthers(UUID runner) {
        return jdbc.sql("""
                update survey.upload_job set status = 'INTERRUPTED', failure_code = 'survey.upload.interrupted',
                       finished_at = ?
                 where status = 'RUNNING' and runner <> ?""")
                .params(now(), runner).update();
    }

    Optional<UploadJob> find(long surveyId, UUID id) {
        return jdbc.sql("select * from survey.upload_job where id = ? and survey_id = ?").params(id, surveyId)
                .query(this::map).optional()
                .map(job -> withErrors(job, jdbc.sql("""
                        select row_number, column_name, message from survey.upload_row_error where job_id = ?
                         order by position""")
                        .param(id)
                        .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3))).list()));
    }

    /** The survey's latest uploads, newest first, without their refused rows. */
    List<UploadJob> recent(long surveyId, int limit) {
        return jdbc.sql("select * from survey.upload_job where survey_id = ? order by created_at desc limit ?")
                .params(surveyId, limit).query(this::map).list();
    }

    private void errors(UUID id, List<RowError> errors) {
        List<Object[]> rows = new ArrayList<>(errors.size());
        for (int i = 0; i < errors.size(); i++) {
            RowError error = errors.get(i);
            rows.add(new Object[] {id, i, error.row(), error.column(), error.message()});
        }
        if (!rows.isEmpty()) {
            // one batched statement: JdbcClient has no batch API
            batch.batchUpdate("insert into survey.upload_row_error (job_id, position, row_number, column_name, "
                    + "message) values (?, ?, ?, ?, ?)", rows);
        }
    }

    private UploadJob map(ResultSet rs, int row) throws SQLException {
        return new UploadJob(rs.getObject("id", UUID.class), rs.getLong("survey_id"), rs.getString("file_name"),
                UploadStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                rs.getInt("stored_rows"), rs.getInt("imported"), rs.getInt("rejected_rows"),
                strings(rs.getString("dropped_columns")), strings(rs.getString("ignored_columns")),
                rs.getString("failure_code"), json.readValue(rs.getString("failure_args"), VALUES), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", OffsetDateTime.class) == null ? null
                        : rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
                List.of());
    }

    private static UploadJob withErrors(UploadJob job, List<RowError> errors) {
        return new UploadJob(job.id(), job.surveyId(), job.fileName(), job.status(), job.totalRows(),
                job.processedRows(), job.storedRows(), job.imported(), job.rejectedRows(), job.droppedColumns(),
                job.ignoredColumns(), job.failureCode(), job.failureArgs(), job.createdBy(), job.createdAt(),
                job.finishedAt(), errors);
    }

    private List<String> strings(String text) {
        return text == null ? List.of() : json.readValue(text, STRINGS);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
