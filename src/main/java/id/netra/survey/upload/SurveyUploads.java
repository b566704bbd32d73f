// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.upload;

import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.StoredSurvey;
import id.netra.survey.instrument.SurveyStore;
import id.netra.survey.instrument.XlsForm;
import id.netra.survey.responses.ImportReport;
import id.netra.survey.responses.ResponseReader;
import id.netra.survey.responses.RowError;
import id.netra.survey.responses.UploadedTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Brings a survey's files in, for the API and the upload page alike: an instrument from an XLSForm, and responses from
 * a KoboToolbox, ODK Central or LimeSurvey export (CSV or XLSX).
 *
 * <p>A response upload is a job kept in {@code survey.upload_job}: it is read and checked row by row, then its
 * respondents are written in one transaction together with the job's outcome, so that a job that fails or is cut off
 * by a restart has stored nothing and the survey's earlier respondents are untouched. Progress is written as it goes
 * (in its own transactions, so that the page sees it). Files of fewer than {@value #BACKGROUND_FROM_ROWS} rows are
 * read in the request itself; larger ones in the background. A job still running when its server stopped is marked
 * interrupted at the next start.
 */
@Service
public class SurveyUploads {

    /** Refused rows kept per job for the page and the API; beyond this they are only counted. */
    public static final int KEPT_ERRORS = 1_000;
    static final int BACKGROUND_FROM_ROWS = 2_000;
    /** Progress is written at most this often, in milliseconds. */
    static final long PROGRESS_EVERY_MS = 150;

    private static final Logger log = LoggerFactory.getLogger(SurveyUploads.class);

    private final SurveyStore store;
    private final UploadJobStore jobs;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final TaskExecutor executor;
    private final DataSize maxSize;
    /** This server process: jobs it did not start and that are still running were cut off by a restart. */
    private final UUID runner = UUID.randomUUID();

    SurveyUploads(SurveyStore store, UploadJobStore jobs, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${netra.survey.upload.max-size:20MB}") DataSize maxSize) {
        this.store = store;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.maxSize = maxSize;
    }

    /** The largest file accepted. */
    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Reads an uploaded responses file as a table, refusing (422, with a reason in words) an empty, oversized,
     * unreadable or non-tabular file and one with a header but no rows.
     */
    public UploadedTable table(byte[] content) {
        checkSize(content == null ? 0 : content.length);
        UploadedTable table = UploadedTable.read(content);
        if (table.rows().stream().allMatch(row -> row.stream().allMatch(v -> v == null || v.isBlank()))) {
            throw PolicyRejectedException.because("survey.upload.no-rows");
        }
        return table;
    }

    /** Refuses a file above {@link #maxSize()} before it is read. */
    public void checkSize(long bytes) {
        if (bytes > maxSize.toBytes()) {
            // the file's size rounded up, so that it never reads as equal to the limit
            throw PolicyRejectedException.because("survey.upload.too-large", Math.ceil(bytes / 104_857.6) / 10,
                    megabytes(maxSize.toBytes()));
        }
    }

    /**
     * Creates a survey from an XLSForm's {@code survey} and {@code choices} sheets. Without a title (given, or the
     * form's {@code settings} sheet) the file's name is used.
     */
    public long createFromXlsForm(byte[] content, String fileName, String title, String user) {
        if (content == null || content.length == 0) {
            throw PolicyRejectedException.because("survey.upload.empty");
        }
        checkSize(content.length);
        if (content.length < 4 || content[0] != 0x50 || content[1] != 0x4b) {
            throw PolicyRejectedException.because("survey.xlsform.not-xlsx");
        }
        Instrument instrument;
        try {
            instrument = XlsForm.read(new ByteArrayInputStream(content), title == null || title.isBlank() ? null
                    : title.strip());
        } catch (PolicyRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PolicyRejectedException.because("survey.xlsform.not-xlsx");
        }
        if ((instrument.title() == null || instrument.title().isBlank()) && fileName != null && !fileName.isBlank()) {
            String name = fileName.replaceFirst("(?i)\\.xlsx$", "").replace('_', ' ').strip();
            instrument = new Instrument(name, instrument.description(), instrument.questions());
        }
        return store.create(instrument, user, false);
    }

    /** Imports responses in the caller's request, all or nothing; 422 when no row could be stored. */
    public ImportResult importNow(long surveyId, UploadedTable table) {
        StoredSurvey survey = store.get(surveyId);
        ImportReport report = reader(survey, table).read(table.headers(), table.rows());
        int rejected = rejectedRows(report);
        if (report.respondents().isEmpty()) {
            throw PolicyRejectedException.because("survey.upload.nothing-imported", rejected);
        }
        return transaction.execute(status -> result(store.addRespondents(surveyId, report.respondents()), rejected,
                report));
    }

    /**
     * Starts a job importing the table's responses into the survey; small files are done when this returns.
     *
     * @throws NotFoundException for an unknown survey
     * @throws PolicyRejectedException when no column of the file answers a question of the survey
     */
    public UploadJob start(long surveyId, String fileName, UploadedTable table, String user) {
        StoredSurvey survey = store.get(surveyId);
        reader(survey, table);
        UUID id = UUID.randomUUID();
        jobs.create(id, surveyId, fileName == null || fileName.isBlank() ? null : fileName.strip(),
                table.rows().size(), runner, user);
        Runnable work = () -> run(id, survey, table);
        if (table.rows().size() < BACKGROUND_FROM_ROWS) {
            work.run();
        } else {
            executor.execute(work);
        }
        return jobs.find(surveyId, id).orElseThrow();
    }

    public Optional<UploadJob> job(long surveyId, UUID jobId) {
        return jobs.find(surveyId, jobId);
    }

    /** The survey's twenty latest uploads, newest first. */
    public List<UploadJob> recent(long surveyId) {
        store.get(surveyId);
        return jobs.recent(surveyId, 20);
    }

    /**
     * At start-up: the jobs that were running when the previous server process stopped are marked interrupted (they
     * stored nothing); returns how many.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int interruptLeftovers() {
        int interrupted = jobs.interruptOthers(runner);
        if (interrupted > 0) {
            log.warn("{} survey upload(s) were cut off by a restart and are marked interrupted", interrupted);
        }
        return interrupted;
    }

    /**
     * A reader of the survey's instrument, once the file is known to answer some of its questions. A synthetic (demo)
     * survey takes no real answers: they would be shown as generated data.
     */
    private static ResponseReader reader(StoredSurvey survey, UploadedTable table) {
        if (survey.synthetic()) {
            throw PolicyRejectedException.because("survey.upload.synthetic");
        }
        ResponseReader reader = new ResponseReader(survey.instrument());
        if (reader.questionColumns(table.headers()) == 0) {
            List<String> codes = survey.instrument().questions().stream().map(q -> q.code()).limit(6).toList();
            throw PolicyRejectedException.because("survey.upload.no-question-columns", String.join(", ", codes));
        }
        return reader;
    }

    private void run(UUID id, StoredSurvey survey, UploadedTable table) {
        Progress progress = new Progress(id);
        ImportReport report = null;
        int rejected = 0;
        try {
            report = new ResponseReader(survey.instrument()).read(table.headers(), table.rows(), progress::read);
            rejected = rejectedRows(report);
            if (report.respondents().isEmpty()) {
                jobs.failed(id, "survey.upload.nothing-imported", List.of(rejected), rejected,
                        report.droppedIdentifierColumns(), report.ignoredColumns(), kept(report.errors()));
                return;
            }
            ImportReport read = report;
            int refused = rejected;
            transaction.executeWithoutResult(status -> jobs.done(id,
                    result(store.addRespondents(survey.id(), read.respondents(), progress::stored), refused, read),
                    table.rows().size()));
        } catch (RuntimeException | Error e) {
            Object[] reason = explain(e);
            List<Object> args = Arrays.asList(reason).subList(1, reason.length);
            separately.executeWithoutResult(status -> jobs.failed(id, (String) reason[0], args, 0, List.of(),
                    List.of(), List.of()));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private static ImportResult result(int imported, int rejected, ImportReport report) {
        return new ImportResult(imported, rejected, kept(report.errors()), report.droppedIdentifierColumns(),
                report.ignoredColumns());
    }

    private static int rejectedRows(ImportReport report) {
        return (int) report.errors().stream().mapToInt(RowError::row).distinct().count();
    }

    private static List<RowError> kept(List<RowError> errors) {
        return errors.size() <= KEPT_ERRORS ? errors : new ArrayList<>(errors.subList(0, KEPT_ERRORS));
    }

    /** Why a job stopped, as a message key and its arguments. */
    private static Object[] explain(Throwable e) {
        if (e instanceof PolicyRejectedException rule) {
            Object[] out = new Object[rule.args().length + 1];
            out[0] = rule.messageKey();
            System.arraycopy(rule.args(), 0, out, 1, rule.args().length);
            return out;
        }
        if (e instanceof NotFoundException) {
            return new Object[] {"survey.upload.survey-gone"};
        }
        log.warn("Survey upload failed", e);
        return new Object[] {"survey.upload.failed"};
    }

    private static double megabytes(long bytes) {
        return Math.round(bytes / 104_857.6) / 10.0;
    }

    /** Writes the job's progress, at most every {@value #PROGRESS_EVERY_MS} ms, outside the import's transaction. */
    private final class Progress {
        private final UUID job;
        private int read;
        private int stored;
        private long lastWrite;

        Progress(UUID job) {
            this.job = job;
        }

        void read(int rows) {
            read = rows;
            write();
        }

        void stored(int rows) {
            stored = rows;
            write();
        }

        private void write() {
            long now = System.nanoTime() / 1_000_000;
            if (now - lastWrite < PROGRESS_EVERY_MS) {
                return;
            }
            lastWrite = now;
            int r = read;
            int s = stored;
            separately.executeWithoutResult(status -> jobs.progress(job, r, s));
        }
    }
}
