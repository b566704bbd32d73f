// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Response uploads of large files run in the background, so they do not hold the request open: each job has an id, counts
 * the rows read as it goes and keeps its result (or why it failed) for its status endpoint. Jobs live in memory (the
 * stored respondents are the durable part); the oldest finished ones are forgotten beyond {@value #KEEP}.
 */
@Component
class UploadJobs {

    static final int KEEP = 200;

    /**
     * Files with fewer rows are read in the request itself (the job is done when the 202 answers): they take
     * milliseconds, and a client that stops at the 202 then never sees respondents appear after its request.
     */
    static final int BACKGROUND_FROM_ROWS = 2_000;

    enum State { RUNNING, DONE, FAILED }

    /** A job as its status endpoint shows it. */
    record Status(String jobId, long surveyId, State state, int totalRows, int processedRows, int percent,
            Object result, String errorCode, Object[] errorArgs) {
    }

    private static final class Job {
        final String id;
        final long surveyId;
        final int totalRows;
        volatile int processedRows;
        volatile State state = State.RUNNING;
        volatile Object result;
        volatile String errorCode;
        volatile Object[] errorArgs = new Object[0];

        Job(String id, long surveyId, int totalRows) {
            this.id = id;
            this.surveyId = surveyId;
            this.totalRows = totalRows;
        }

        Status status() {
            int percent = state == State.RUNNING
                    ? (totalRows == 0 ? 0 : (int) Math.min(99, 100L * processedRows / totalRows)) : 100;
            return new Status(id, surveyId, state, totalRows, processedRows, percent, result, errorCode, errorArgs);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final TaskExecutor executor;

    UploadJobs(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Starts the work on another thread; {@code work} reports rows read to its progress consumer and returns the
     * result, or throws the rejection that the status then carries.
     */
    Status start(long surveyId, int totalRows, Function<IntConsumer, Object> work,
            Function<RuntimeException, Object[]> explain) {
        forgetOldest();
        Job job = new Job(UUID.randomUUID().toString(), surveyId, totalRows);
        jobs.put(job.id, job);
        Runnable run = () -> {
            try {
                job.result = work.apply(done -> job.processedRows = done);
                job.processedRows = totalRows;
                job.state = State.DONE;
            } catch (RuntimeException e) {
                Object[] reason = explain.apply(e);
                job.errorCode = (String) reason[0];
                job.errorArgs = java.util.Arrays.copyOfRange(reason, 1, reason.length);
                job.state = State.FAILED;
            }
        };
        if (totalRows < BACKGROUND_FROM_ROWS) {
            run.run();
        } else {
            executor.execute(run);
        }
        return job.status();
    }

    /** The job's status, only for the survey it belongs to. */
    java.util.Optional<Status> status(long surveyId, String jobId) {
        Job job = jobs.get(jobId);
        return job == null || job.surveyId != surveyId ? java.util.Optional.empty()
                : java.util.Optional.of(job.status());
    }

    private void forgetOldest() {
        if (jobs.size() < KEEP) {
            return;
        }
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext() && jobs.size() >= KEEP;) {
            if (it.next().state != State.RUNNING) {
                it.remove();
            }
        }
    }
}
