// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.shared.AuditEvent;
import id.netra.shared.PolicyRejectedException;
import id.netra.cases.CasesImported;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.policy.ExaminingAuthorityPolicy;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.RegionDirectory;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationCategories;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import id.netra.shared.TimeConfiguration;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports historical cases in the background: the file is checked (spreadsheet gate, header) before the job starts,
 * then read as a stream in batches. Each row is checked against the reference data held in memory
 * ({@link CaseRowRules}) and replayed on the case aggregate with its dates ({@link ImportedHistory}) by the job's
 * reader thread, while its writer thread writes the batch before: one transaction a batch, the rows sent with
 * PostgreSQL {@code COPY} ({@link CaseBatchWriter}), audited, announced as {@link CasesImported} (the rollups follow in
 * the same transaction) and counted in the job. A refused row holds back nothing else; idempotent on (source,
 * external id). A dry run does everything but the writing.
 *
 * <p>Jobs run one after another, each on two threads (one of them mostly waiting on the database) and one database
 * connection, so that an import never takes more than that from the officers at work. A job left running by a
 * restart is marked interrupted at the next start ({@link #recoverInterrupted}).
 */
@Service
public class CaseImports {

    static final int BATCH = 10_000;
    static final Pattern SOURCE = Pattern.compile("[A-Z][A-Z0-9_-]{1,19}");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Logger log = LoggerFactory.getLogger(CaseImports.class);

    private final CaseImportJobs jobs;
    private final RowMessages messages;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeadlineSchedule schedule;
    private final ExaminingAuthorityPolicy examiners;
    private final ReferenceSources reference;
    /** The jobs running in this process, which startup recovery leaves alone (tests start several contexts). */
    private static final Set<UUID> LIVE_JOBS = ConcurrentHashMap.newKeySet();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "case-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "case-import-writer");
        thread.setDaemon(true);
        return thread;
    });

    CaseImports(CaseImportJobs jobs, RowMessages messages, TransactionTemplate transactions, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock, DeadlineSchedule schedule,
            ExaminingAuthorityPolicy examiners, RegionDirectory regions, AgencyDirectory agencies,
            ElectionDirectory elections, ViolationCatalogue violations, SanctionCatalogue sanctions,
            ViolationCategories categories) {
        this.jobs = jobs;
        this.messages = messages;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.schedule = schedule;
        this.examiners = examiners;
        this.reference = new ReferenceSources(regions, agencies, elections, violations, sanctions, categories);
    }

    /** The reference directories one snapshot reads from. */
    record ReferenceSources(RegionDirectory regions, AgencyDirectory agencies, ElectionDirectory elections,
            ViolationCatalogue violations, SanctionCatalogue sanctions, ViolationCategories categories) {

        ReferenceSnapshot snapshot() {
            return new ReferenceSnapshot(regions, agencies, elections, violations, sanctions, categories);
        }
    }

    /** Only administrators and BKN officers bring in other systems' case histories. */
    static boolean mayImport(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.BKN_OFFICER);
    }

    /**
     * Checks the source and the file and starts the job. The job owns {@code file} from here on and deletes it
     * when done.
     *
     * @throws AccessDeniedException for anyone but administrators and BKN officers
     * @throws id.netra.shared.PolicyRejectedException when the source code is missing or malformed (422)
     * @throws PolicyRejectedException when the file cannot be read or lacks required columns (422)
     */
    public UUID start(CurrentUser user, String source, String fileName, Path file, boolean dryRun) {
        requireImporter(user);
        String system = source == null ? null : source.strip().toUpperCase(Locale.ROOT);
        try {
            Decision.when(system != null && SOURCE.matcher(system).matches(), "case.import.source-invalid")
                    .orThrow();
            CaseImportFile.at(file).headers();
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return launch(system, fileName, file, dryRun, user.username(), false);
    }

    /** Starts an import of generated demo data as the system; its cases are labelled synthetic. */
    UUID startSynthetic(String source, String fileName, Path file) {
        CaseImportFile.at(file).headers();
        return launch(source, fileName, file, false, "system", true);
    }

    public CaseImportJob job(CurrentUser user, UUID id) {
        requireImporter(user);
        return jobs.find(id).orElseThrow(() -> new NotFoundException("case.import.job-unknown"));
    }

    public List<CaseImportJob> recent(CurrentUser user) {
        requireImporter(user);
        return jobs.recent(20);
    }

    private UUID launch(String source, String fileName, Path file, boolean dryRun, String actor, boolean synthetic) {
        UUID id = jobs.create(source, fileName, dryRun, actor);
        transactions.executeWithoutResult(status -> events.publishEvent(new AuditEvent(
                dryRun ? "case.import-dry-run-started" : "case.import-started", "case-import", id.toString(), actor,
                "source=" + source + ", file=" + fileName)));
        worker.submit(() -> run(id, source, file, dryRun, actor, synthetic));
        return id;
    }

    private void run(UUID id, String source, Path file, boolean dryRun, String actor, boolean synthetic) {
        LIVE_JOBS.add(id);
        Timings timings = new Timings();
        Writer writer = null;
        try {
            CaseImportFile input = CaseImportFile.at(file);
            jobs.total(id, input.countRows());
            LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.WIB));
            ReferenceSnapshot snapshot = reference.snapshot();
            writer = new Writer(id, source, dryRun, actor, timings);
            Reader reader = new Reader(new CaseRowRules(snapshot, today),
                    new ImportedHistory(schedule, examiners, snapshot, source, actor, clock.instant(), synthetic),
                    writer, timings);
            Future<?> writing = writerThread.submit(writer);
            long started = System.nanoTime();
            try {
                input.forEachRow(reader::add);
                reader.flush();
                writer.end();
            } catch (RuntimeException e) {
                writer.abandon();
                throw e;
            } finally {
                timings.reader = System.nanoTime() - started;
            }
            awaitWriter(writing);
            timings.total = System.nanoTime() - started;
            CaseImportJobs.Progress progress = writer.progress;
            jobs.finish(id, "DONE", null, progress.processed);
            transactions.executeWithoutResult(status -> events.publishEvent(new AuditEvent(
                    dryRun ? "case.import-dry-run-finished" : "case.import-finished", "case-import", id.toString(),
                    actor, "rows=" + progress.processed + ", created=" + progress.created + ", already="
                            + progress.alreadyImported + ", refused=" + progress.refused)));
            log.info("Case import {} from {} done: {} rows, {} created, {} imported before, {} refused{}; {}", id,
                    source, progress.processed, progress.created, progress.alreadyImported, progress.refused,
                    dryRun ? " (dry run)" : "", timings);
        } catch (RuntimeException e) {
            int processed = writer == null ? 0 : writer.progress.processed;
            log.error("Case import {} failed after {} rows", id, processed, e);
            String reason = e instanceof PolicyRejectedException unreadable
                    ? messages.text(unreadable.messageKey(), unreadable.args(), INDONESIAN)
                    : messages.text("case.import.failed", new Object[0], INDONESIAN);
            jobs.finish(id, "FAILED", reason, null);
        } finally {
            LIVE_JOBS.remove(id);
            delete(file);
        }
    }

    /** Waits for the writer to drain its queue; its failure becomes the job's. */
    private static void awaitWriter(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Case import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Case import writer failed", e.getCause());
        }
    }

    /**
     * Marks the jobs that were running when the application stopped (a restart, a crash) as interrupted: no thread
     * runs them any more. Their counts are the committed ones, since each batch's progress is written in the batch's
     * own transaction; uploading the same file again continues safely (idempotent on source and external id). Jobs
     * running in this process are left alone.
     *
     * @return how many jobs were marked
     */
    public int recoverInterrupted() {
        return jobs.interruptAllBut(LIVE_JOBS, processed -> messages.text("case.import.interrupted",
                new Object[] {processed[0], processed[1]}, INDONESIAN));
    }

    /** A checked, replayed batch on its way from the reader to the writer. */
    private record Chunk(int rows, List<CaseBatchWriter.Replayed> valid, List<CaseImportJob.RowError> errors) {
    }

    /** Where the time of a job went, for the log and the benchmark (wall-clock nanoseconds per phase). */
    static final class Timings {
        volatile long total;
        volatile long reader;
        long check;
        long replay;
        long readerWaiting;
        long writeCases;
        long writeHistory;
        long rollups;
        long bookkeeping;
        long writerWaiting;

        @Override
        public String toString() {
            long parse = reader - check - replay - readerWaiting;
            return String.format(Locale.ROOT, "phases (s): total %.1f; reader %.1f = parse %.1f + check %.1f + "
                    + "replay %.1f + waiting for the writer %.1f; writer: cases %.1f, history %.1f, rollups %.1f, "
                    + "job and audit %.1f, waiting for the reader %.1f", s(total), s(reader), s(parse), s(check),
                    s(replay), s(readerWaiting), s(writeCases), s(writeHistory), s(rollups), s(bookkeeping),
                    s(writerWaiting));
        }

        private static double s(long nanos) {
            return nanos / 1e9;
        }
    }

    /**
     * The job's first thread: reads the rows, checks each against the reference data and replays it on the case
     * aggregate, {@link #BATCH} at a time, and hands each batch to the {@link Writer}.
     */
    private final class Reader {

        private final CaseRowRules rules;
        private final ImportedHistory history;
        private final Writer writer;
        private final Timings timings;
        private final Set<String> seen = new HashSet<>();
        private List<ImportRow> rows = new ArrayList<>(BATCH);

        Reader(CaseRowRules rules, ImportedHistory history, Writer writer, Timings timings) {
            this.rules = rules;
            this.history = history;
            this.writer = writer;
            this.timings = timings;
        }

        void add(ImportRow row) {
            rows.add(row);
            if (rows.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            List<CaseBatchWriter.Replayed> valid = new ArrayList<>(rows.size());
            List<CaseImportJob.RowError> errors = new ArrayList<>();
            for (ImportRow row : rows) {
                replay(row, valid, errors);
            }
            long waiting = System.nanoTime();
            writer.put(new Chunk(rows.size(), valid, errors));
            timings.readerWaiting += System.nanoTime() - waiting;
            rows = new ArrayList<>(BATCH);
        }

        private void replay(ImportRow row, List<CaseBatchWriter.Replayed> valid, List<CaseImportJob.RowError> errors) {
            String externalId = row.get(CaseImportColumns.EXTERNAL_ID);
            long start = System.nanoTime();
            CaseRowRules.CheckedRow verdict = rules.check(row);
            long checked = System.nanoTime();
            timings.check += checked - start;
            if (verdict.decision().rejected()) {
                verdict.decision().reasons().forEach(reason -> errors.add(new CaseImportJob.RowError(row.number(),
                        externalId, reason.field(), messages.text(reason.messageKey(), reason.argArray(),
                                INDONESIAN))));
                return;
            }
            if (!seen.add(externalId)) {
                errors.add(new CaseImportJob.RowError(row.number(), externalId, CaseImportColumns.EXTERNAL_ID,
                        messages.text("case.import.duplicate-in-file", new Object[] {externalId}, INDONESIAN)));
                return;
            }
            try {
                valid.add(new CaseBatchWriter.Replayed(verdict.parsed(), history.replay(verdict.parsed())));
            } catch (PolicyRejectedException e) {
                errors.add(new CaseImportJob.RowError(row.number(), externalId, CaseImportColumns.STATE,
                        messages.text(e.messageKey(), e.args(), INDONESIAN)));
            } finally {
                timings.replay += System.nanoTime() - checked;
            }
        }
    }

    /**
     * The job's second thread: writes each checked batch in one transaction (the cases by {@code COPY}, the
     * {@link CasesImported} event that keeps the rollups, the audit entry, and the job's progress and refused rows,
     * so that the job's counts are always the committed ones), while the reader prepares the next batch.
     */
    private final class Writer implements Runnable {

        private static final Chunk END = new Chunk(0, List.of(), List.of());

        private final UUID jobId;
        private final String source;
        private final boolean dryRun;
        private final String actor;
        private final Timings timings;
        private final CaseImportJobs.Progress progress = new CaseImportJobs.Progress();
        private final CaseBatchWriter writer;
        /** Three batches in memory at most: the one written, the next one waiting, and the one being checked. */
        private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(1);
        private volatile boolean abandoned;
        private volatile boolean stopped;

        Writer(UUID jobId, String source, boolean dryRun, String actor, Timings timings) {
            this.jobId = jobId;
            this.source = source;
            this.dryRun = dryRun;
            this.actor = actor;
            this.timings = timings;
            this.writer = new CaseBatchWriter(jdbc, timings);
        }

        /** Hands a batch over, waiting while the writer is busy; fails when the writer has stopped. */
        void put(Chunk chunk) {
            try {
                while (!queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new IllegalStateException("The case import writer stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Case import interrupted", e);
            }
        }

        void end() {
            put(END);
        }

        /** The reader failed: write nothing more. */
        void abandon() {
            abandoned = true;
            queue.offer(END);
        }

        @Override
        public void run() {
            try {
                while (true) {
                    long waiting = System.nanoTime();
                    Chunk chunk = queue.take();
                    timings.writerWaiting += System.nanoTime() - waiting;
                    if (chunk == END || abandoned) {
                        return;
                    }
                    write(chunk);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Case import interrupted", e);
            } finally {
                stopped = true;
            }
        }

        private void write(Chunk chunk) {
            List<CaseBatchWriter.Replayed> valid = chunk.valid();
            int accepted = valid.size();
            CaseImportJobs.Progress next = progress.copy();
            next.refused += chunk.rows() - accepted;
            next.processed += chunk.rows();
            if (dryRun) {
                int before = alreadyImported(valid);
                next.alreadyImported += before;
                next.created += accepted - before;
                record(chunk, next);
            } else {
                UUID batchId = UUID.randomUUID();
                transactions.executeWithoutResult(status -> {
                    List<Long> ids = writer.write(source, batchId, valid);
                    long start = System.nanoTime();
                    if (!ids.isEmpty()) {
                        events.publishEvent(new CasesImported(batchId, ids));
                    }
                    long published = System.nanoTime();
                    timings.rollups += published - start;
                    events.publishEvent(new AuditEvent("case.import-batch", "case-import", jobId.toString(), actor,
                            "batch=" + batchId + ", created=" + ids.size() + ", skipped="
                                    + (valid.size() - ids.size())));
                    next.created += ids.size();
                    next.alreadyImported += accepted - ids.size();
                    record(chunk, next);
                    timings.bookkeeping += System.nanoTime() - published;
                });
            }
            progress.set(next);
        }

        /** The job's counts and the batch's refused rows, in the batch's transaction when there is one. */
        private void record(Chunk chunk, CaseImportJobs.Progress next) {
            jobs.errors(jobId, chunk.errors(), progress.keptErrors);
            next.keptErrors += chunk.errors().size();
            jobs.progress(jobId, next);
        }

        /** How many of the valid rows were imported before from the same source (a dry run only counts them). */
        private int alreadyImported(List<CaseBatchWriter.Replayed> valid) {
            String[] ids = valid.stream().map(r -> r.row().externalId()).toArray(String[]::new);
            Integer count = ids.length == 0 ? 0 : jdbc.queryForObject(
                    "select count(*) from cases.case_file where import_source = ? and external_id = any(?)",
                    Integer.class, source, ids);
            return count == null ? 0 : count;
        }
    }

    private static void requireImporter(CurrentUser user) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("not a case importer");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the import file {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        writerThread.shutdownNow();
    }
}
