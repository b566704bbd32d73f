// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.TestCases;
import id.netra.intake.ReportReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two openings of one report at once (the after-commit listener and the demo loader, or a republished event while the
 * first delivery still runs): the second waits for the first and opens nothing, instead of failing on the unique
 * constraint.
 */
@CasesIntegrationTest
class ConcurrentCaseOpeningIntegrationTests {

    @Autowired
    CaseOpening opening;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void secondOpeningWhileTheFirstIsUncommitted_waitsAndOpensNothing() throws Exception {
        ReportReceived report = TestCases.report("36.01", "PEMKAB-36.01", 2, Instant.parse("2024-10-01T03:00:00Z"));
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        int waitingBefore = waitingLocks();

        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() ->
                new TransactionTemplate(transactions).execute(status -> {
                    List<Long> opened = opening.openFor(report);
                    firstOpened.countDown();
                    await(commitFirst);
                    return opened;
                }));
        await(firstOpened);
        CompletableFuture<List<Long>> second = CompletableFuture.supplyAsync(() -> opening.openFor(report));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingLocks() > waitingBefore);
        commitFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(2);
        assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(jdbc.sql("select count(*) from cases.case_file where report_id = :r")
                .param("r", report.reportId()).query(Integer.class).single()).isEqualTo(2);
    }

    /**
     * The listener opened a demo report's cases first, from intake's event, which says nothing of demo data; the
     * demo's opening then opens nothing more but labels them all as demo cases.
     */
    @Test
    void demoOpeningAfterTheListener_labelsTheCasesAlreadyOpened() {
        ReportReceived report = TestCases.report("36.01", "PEMKAB-36.01", 2, Instant.parse("2024-10-01T03:00:00Z"));
        assertThat(opening.openFor(report)).hasSize(2);
        assertThat(channels(report)).containsOnly(report.channel()).doesNotContain("DEMO");

        assertThat(opening.openDemo(report)).isEmpty();

        assertThat(channels(report)).containsExactly("DEMO", "DEMO");
    }

    private List<String> channels(ReportReceived report) {
        return jdbc.sql("select channel from cases.case_file where report_id = :r order by id")
                .param("r", report.reportId()).query(String.class).list();
    }

    /** Sessions of this database waiting for a lock held by another. */
    private int waitingLocks() {
        return jdbc.sql("select count(*) from pg_locks where not granted").query(Integer.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
