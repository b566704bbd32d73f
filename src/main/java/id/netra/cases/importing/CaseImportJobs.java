// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs and their refused rows; progress is written as the job runs so that the page can show it. */
@Repository
class CaseImportJobs {

    /** Refused rows kept per job; beyond this they are only counted. */
    static final int MAX_KEPT_ERRORS = 10_000;
    static final int SHOWN_ERRORS = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    CaseImportJobs(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    UUID create(String source, String fileName, boolean dryRun, String user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into cases.case_import_job (id, source_system, file_name, dry_run, status, created_by,
                                                   created_at)
                values (:id, :source, :file, :dryRun, 'RUNNING', :user, :at)""")
                .param("id", id).param("source", source).param("file", fileName).param("dryRun", dryRun)
                .param("user", user).param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    void total(UUID id, int rows) {
        jdbc.sql("update cases.case_import_job set total_rows = :rows where id = :id").param("rows", rows)
                .param("id", id).update();
    }

    void progress(UUID id, Progress progress) {
        jdbc.sql("""
                update cases.case_import_job set processed = :processed, created_cases = :created,
                       already_imported = :already, refused = :refused where id = :id""")
                .param("processed", progress.processed).param("created", progress.created)
                .param("already", progress.alreadyImported).param("refused", progress.refused).param("id", id)
                .update();
    }

    /** @param total the rows the job read in the end, when known (the count before the job was a quick one) */
    void finish(UUID id, String status, String failure, Integer total) {
        jdbc.sql("update cases.case_import_job set status = :status, failure = :failure, finished_at = :at, "
                + "total_rows = coalesce(:total, total_rows) where id = :id").param("status", status)
                .param("failure", failure).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("total", total, java.sql.Types.INTEGER).param("id", id).update();
    }

    /**
     * Marks every job still {@code RUNNING} except {@code live} as {@code INTERRUPTED}, with a reason made from its
     * committed counts (rows processed, cases created).
     */
    int interruptAllBut(Collection<UUID> live, Function<int[], String> reason) {
        List<Object[]> stale = jdbc.sql("select id, processed, created_cases from cases.case_import_job "
                + "where status = 'RUNNING' and not (id = any(:live))")
                .param("live", live.toArray(UUID[]::new))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)}).list();
        int marked = 0;
        for (Object[] job : stale) {
            marked += jdbc.sql("""
                    update cases.case_import_job set status = 'INTERRUPTED', failure = :failure, finished_at = :at
                     where id = :id and status = 'RUNNING'""")
                    .param("failure", reason.apply(new int[] {(Integer) job[1], (Integer) job[2]}))
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("id", job[0]).update();
        }
        return marked;
    }

    /** Keeps the row errors, up to {@link #MAX_KEPT_ERRORS} per job in all. */
    void errors(UUID id, List<CaseImportJob.RowError> errors, int keptSoFar) {
        int room = Math.max(0, MAX_KEPT_ERRORS - keptSoFar);
        UnnestInsert insert = new UnnestInsert("cases.case_import_row_error").column("job_id", "uuid")
                .column("row_number", "integer").column("external_id", "varchar").column("column_name", "varchar")
                .column("message", "text");
        errors.stream().limit(room).forEach(error -> insert.row().set("job_id", id).set("row_number", error.row())
                .set("external_id", cut(error.externalId(), 100)).set("column_name", cut(error.column(), 40))
                .set("message", error.message()));
        if (insert.size() > 0) {
            template.execute((ConnectionCallback<Integer>) connection -> {
                try (var statement = insert.prepare(connection, "")) {
                    return statement.executeUpdate();
                }
            });
        }
    }

    Optional<CaseImportJob> find(UUID id) {
        return jdbc.sql("select * from cases.case_import_job where id = :id").param("id", id)
                .query(CaseImportJobs::map).optional()
                .map(job -> job.withErrors(jdbc.sql("""
                        select row_number, external_id, column_name, message from cases.case_import_row_error
                         where job_id = :id order by row_number, id limit :limit""")
                        .param("id", id).param("limit", SHOWN_ERRORS)
                        .query((rs, n) -> new CaseImportJob.RowError(rs.getInt(1), rs.getString(2), rs.getString(3),
                                rs.getString(4)))
                        .list()));
    }

    /** The latest jobs, newest first, without their errors. */
    List<CaseImportJob> recent(int limit) {
        return jdbc.sql("select * from cases.case_import_job order by created_at desc limit :limit")
                .param("limit", limit).query(CaseImportJobs::map).list();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static CaseImportJob map(ResultSet rs, int row) throws SQLException {
        return new CaseImportJob(rs.getObject("id", UUID.class), rs.getString("source_system"),
                rs.getString("file_name"), rs.getBoolean("dry_run"), rs.getString("status"), rs.getInt("total_rows"),
                rs.getInt("processed"), rs.getInt("created_cases"), rs.getInt("already_imported"),
                rs.getInt("refused"), rs.getString("failure"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                List.of());
    }

    /** Running counts of one job. */
    static final class Progress {
        int processed;
        int created;
        int alreadyImported;
        int refused;
        int keptErrors;

        Progress copy() {
            Progress copy = new Progress();
            copy.set(this);
            return copy;
        }

        void set(Progress other) {
            processed = other.processed;
            created = other.created;
            alreadyImported = other.alreadyImported;
            refused = other.refused;
            keptErrors = other.keptErrors;
        }
    }
}
