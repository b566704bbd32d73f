// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.shared.PolicyRejectedException;
import id.netra.shared.AuditEvent;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * ({@link CaseRowRules}), replayed on the case aggregate with its dates ({@link ImportedHistory}), and each batch is
 * written in one transaction with multi-row inserts, audited, and announced as {@link CasesImported}. A refused row
 * holds back nothing else; idempotent on (source, external id). A dry run does everything but the writing.
 *
 * <p>Jobs run one after another on one thread, so that an import never takes more than one of the machine's
 * database connections and cores away from the officers at work.
 */
@Service
public class CaseImports {

    static final int BATCH = 5_000;
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
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "case-import");
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
        CaseImportJobs.Progress progress = new CaseImportJobs.Progress();
        try {
            CaseImportFile input = CaseImportFile.at(file);
            jobs.total(id, input.countRows());
            LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.WIB));
            ReferenceSnapshot snapshot = reference.snapshot();
            Batch batch = new Batch(id, source, dryRun, new CaseRowRules(snapshot, today),
                    new ImportedHistory(schedule, examiners, snapshot, source, actor, clock.instant(), synthetic),
                    actor, progress);
            input.forEachRow(batch::add);
            batch.flush();
            jobs.finish(id, "DONE", null);
            transactions.executeWithoutResult(status -> events.publishEvent(new AuditEvent(
                    dryRun ? "case.import-dry-run-finished" : "case.import-finished", "case-import", id.toString(),
                    actor, "rows=" + progress.processed + ", created=" + progress.created + ", already="
                            + progress.alreadyImported + ", refused=" + progress.refused)));
            log.info("Case import {} from {} done: {} rows, {} created, {} imported before, {} refused{}", id,
                    source, progress.processed, progress.created, progress.alreadyImported, progress.refused,
                    dryRun ? " (dry run)" : "");
        } catch (RuntimeException e) {
            log.error("Case import {} failed after {} rows", id, progress.processed, e);
            String reason = e instanceof PolicyRejectedException unreadable
                    ? messages.text(unreadable.messageKey(), unreadable.args(), INDONESIAN)
                    : messages.text("case.import.failed", new Object[0], INDONESIAN);
            jobs.finish(id, "FAILED", reason);
        } finally {
            delete(file);
        }
    }

    /** Collects rows up to {@link #BATCH}, then checks, replays and writes them together. */
    private final class Batch {

        private final UUID jobId;
        private final String source;
        private final boolean dryRun;
        private final CaseRowRules rules;
        private final ImportedHistory history;
        private final String actor;
        private final CaseImportJobs.Progress progress;
        private final CaseBatchWriter writer = new CaseBatchWriter(jdbc);
        private final Set<String> seen = new HashSet<>();
        private final List<ImportRow> rows = new ArrayList<>(BATCH);

        Batch(UUID jobId, String source, boolean dryRun, CaseRowRules rules, ImportedHistory history, String actor,
                CaseImportJobs.Progress progress) {
            this.jobId = jobId;
            this.source = source;
            this.dryRun = dryRun;
            this.rules = rules;
            this.history = history;
            this.actor = actor;
            this.progress = progress;
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
            int accepted = valid.size();
            if (dryRun) {
                int before = alreadyImported(valid);
                progress.alreadyImported += before;
                progress.created += accepted - before;
            } else if (!valid.isEmpty()) {
                UUID batchId = UUID.randomUUID();
                List<Long> created = transactions.execute(status -> {
                    List<Long> ids = writer.write(source, batchId, valid);
                    if (!ids.isEmpty()) {
                        events.publishEvent(new CasesImported(batchId, ids));
                    }
                    events.publishEvent(new AuditEvent("case.import-batch", "case-import", jobId.toString(), actor,
                            "batch=" + batchId + ", created=" + ids.size() + ", skipped="
                                    + (valid.size() - ids.size())));
                    return ids;
                });
                progress.created += created.size();
                progress.alreadyImported += accepted - created.size();
            }
            progress.refused += rows.size() - accepted;
            progress.processed += rows.size();
            jobs.errors(jobId, errors, progress.keptErrors);
            progress.keptErrors += errors.size();
            jobs.progress(jobId, progress);
            rows.clear();
        }

        /** How many of the valid rows were imported before from the same source (a dry run only counts them). */
        private int alreadyImported(List<CaseBatchWriter.Replayed> valid) {
            String[] ids = valid.stream().map(r -> r.row().externalId()).toArray(String[]::new);
            Integer count = ids.length == 0 ? 0 : jdbc.queryForObject(
                    "select count(*) from cases.case_file where import_source = ? and external_id = any(?)",
                    Integer.class, source, ids);
            return count == null ? 0 : count;
        }

        private void replay(ImportRow row, List<CaseBatchWriter.Replayed> valid, List<CaseImportJob.RowError> errors) {
            String externalId = row.get(CaseImportColumns.EXTERNAL_ID);
            CaseRowRules.CheckedRow checked = rules.check(row);
            if (checked.decision().rejected()) {
                checked.decision().reasons().forEach(reason -> errors.add(new CaseImportJob.RowError(row.number(),
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
                valid.add(new CaseBatchWriter.Replayed(checked.parsed(), history.replay(checked.parsed())));
            } catch (id.netra.shared.PolicyRejectedException e) {
                errors.add(new CaseImportJob.RowError(row.number(), externalId, CaseImportColumns.STATE,
                        messages.text(e.messageKey(), e.args(), INDONESIAN)));
            }
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
    }
}
