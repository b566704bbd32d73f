// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.importing;

import id.netra.identity.CurrentUser;
import id.netra.intake.domain.Channel;
import id.netra.intake.domain.ReportAccessPolicy;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.importing.ImportRecords.ImportRecord;
import id.netra.intake.submission.ReportSubmissionService;
import id.netra.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Bulk import of reports exported from other systems. A dry run checks every report of the file and returns every
 * row's problems without storing anything. A real import runs in the background as a job whose progress the page
 * polls; each report commits on its own, so one refused row does not hold back the others, and a report already
 * imported from the same source (same external id) is skipped, which makes importing the same file twice harmless.
 */
@Service
public class ReportImports {

    private static final Logger log = LoggerFactory.getLogger(ReportImports.class);

    private final ImportChecker checker;
    private final ImportJobs jobs;
    private final ReportRepository reports;
    private final ReportSubmissionService submissions;
    private final TaskExecutor executor;
    private final ReportAccessPolicy policy = new ReportAccessPolicy();

    ReportImports(ImportChecker checker, ImportJobs jobs, ReportRepository reports,
            ReportSubmissionService submissions, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.checker = checker;
        this.jobs = jobs;
        this.reports = reports;
        this.submissions = submissions;
        this.executor = executor;
    }

    public DryRun dryRun(CurrentUser user, ImportSource source, byte[] content, Locale locale) {
        requireImporter(user);
        List<ImportRecord> records = ImportRecords.group(ImportFileReader.read(content));
        List<RowError> errors = new ArrayList<>();
        int valid = 0;
        int alreadyImported = 0;
        for (ImportRecord record : records) {
            List<RowError> recordErrors = checker.check(record, locale);
            errors.addAll(recordErrors);
            if (recordErrors.isEmpty()) {
                valid++;
                if (reports.findBySourceSystemAndExternalId(source.name(), record.externalId()).isPresent()) {
                    alreadyImported++;
                }
            }
        }
        return new DryRun(records.size(), valid, alreadyImported, errors);
    }

    /** Starts the job and returns at once; the file was read and grouped already, so a broken file fails here. */
    public UUID start(CurrentUser user, ImportSource source, String fileName, byte[] content, Locale locale) {
        requireImporter(user);
        List<ImportRecord> records = ImportRecords.group(ImportFileReader.read(content));
        UUID jobId = jobs.create(source, fileName == null ? "import" : fileName, records.size(), user.username());
        executor.execute(() -> run(jobId, user, source, records, locale));
        return jobId;
    }

    public ImportJob job(CurrentUser user, UUID jobId) {
        requireImporter(user);
        return jobs.find(jobId).orElseThrow(() -> new NotFoundException("import job " + jobId));
    }

    void run(UUID jobId, CurrentUser user, ImportSource source, List<ImportRecord> records, Locale locale) {
        int processed = 0;
        int created = 0;
        int already = 0;
        int refused = 0;
        try {
            for (ImportRecord record : records) {
                List<RowError> errors = checker.check(record, locale);
                if (!errors.isEmpty()) {
                    jobs.errors(jobId, errors);
                    refused++;
                } else if (importOne(user, source, record)) {
                    created++;
                } else {
                    already++;
                }
                processed++;
                jobs.progress(jobId, processed, created, already, refused);
            }
            jobs.finish(jobId, "DONE");
        } catch (RuntimeException e) {
            log.warn("Import job {} stopped after {} of {} reports", jobId, processed, records.size(), e);
            jobs.finish(jobId, "FAILED");
        }
    }

    /** {@code false} when this source's report was imported before (found, or a concurrent import won the race). */
    private boolean importOne(CurrentUser user, ImportSource source, ImportRecord record) {
        if (reports.findBySourceSystemAndExternalId(source.name(), record.externalId()).isPresent()) {
            return false;
        }
        try {
            submissions.submit(submissions.check(record.submission(), Channel.IMPORT)
                    .fromSource(source.name(), record.externalId()), user.username(), null);
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private void requireImporter(CurrentUser user) {
        if (!policy.mayImport(user)) {
            throw new AccessDeniedException("not an importer");
        }
    }

    /** What a real import would do with the file. */
    public record DryRun(int totalRecords, int validRecords, int alreadyImported, List<RowError> errors) {

        public DryRun {
            errors = List.copyOf(errors);
        }
    }
}
