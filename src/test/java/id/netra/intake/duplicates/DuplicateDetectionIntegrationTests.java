// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.duplicates;

import static id.netra.testing.TestUsers.SATGAS_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.ReportMerged;
import id.netra.intake.support.PublicApi;
import id.netra.intake.support.PublicApi.Submitted;
import id.netra.intake.support.Reports;
import id.netra.intake.config.IntakeProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntakeIntegrationTest
@RecordApplicationEvents
class DuplicateDetectionIntegrationTests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] WORDS = {"kantor", "spanduk", "lurah", "guru", "rapat", "grup", "pesan", "foto",
        "baliho", "kampanye", "sekolah", "puskesmas", "sapi", "jembatan", "pasar", "masjid", "banjir", "jalan"};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DuplicateDetector detector;

    @Autowired
    ApplicationEvents events;

    @Autowired
    @Qualifier(DuplicateDetection.EXECUTOR)
    ThreadPoolTaskExecutor detectionExecutor;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IntakeProperties properties;

    @Autowired
    Clock clock;

    PublicApi api;

    @BeforeEach
    void setUp() {
        api = new PublicApi(mvc);
    }

    /** A description no other test shares: random words, so only deliberate copies look similar. */
    private static String uniqueDescription() {
        StringBuilder text = new StringBuilder("Kejadian ");
        for (int i = 0; i < 14; i++) {
            text.append(WORDS[RANDOM.nextInt(WORDS.length)]).append(RANDOM.nextInt(1000)).append(' ');
        }
        return text.toString().strip();
    }

    private Submitted report(String name, String nip, String description, String election) throws Exception {
        return report(name, nip, description, election, "36.01", "2024-10-01");
    }

    private Submitted report(String name, String nip, String description, String election, String region,
            String occurredOn) throws Exception {
        Map<String, Object> body = Reports.minimalAnonymous();
        Reports.firstPerson(body).put("name", name);
        if (nip != null) {
            Reports.firstPerson(body).put("nip", nip);
        }
        body.put("description", description);
        body.put("electionCode", election);
        body.put("regionCode", region);
        body.put("occurredOn", occurredOn);
        return api.submit(body);
    }

    private List<String> reasonsBetween(UUID a, UUID b) {
        return jdbc.sql("""
                select unnest(reasons) from intake.duplicate_flag
                 where (report_id = :a and other_report_id = :b) or (report_id = :b and other_report_id = :a)""")
                .param("a", a).param("b", b).query(String.class).list();
    }

    private static String uniqueNip() {
        return String.format("19850101201001100%d", RANDOM.nextInt(10)).substring(0, 15)
                + String.format("%03d", RANDOM.nextInt(1000));
    }

    @Test
    void sameNip_isFlaggedByTheListenerAfterCommit() throws Exception {
        String nip = uniqueNip();
        Submitted first = report("Budi " + UUID.randomUUID(), nip, uniqueDescription(), "PILKADA-2024");
        Submitted second = report("Budiman " + UUID.randomUUID(), nip.substring(0, 8) + " " + nip.substring(8),
                uniqueDescription(), "PILKADA-2024");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(reasonsBetween(first.reportId(), second.reportId())).contains("SAME_NIP"));
    }

    @Test
    void listener_searchesOnItsOwnSingleThread_soABurstCannotTakeEveryCore() throws Exception {
        ThreadPoolTaskExecutor executor = detectionExecutor;
        long before = executor.getThreadPoolExecutor().getCompletedTaskCount();
        String description = uniqueDescription();
        Submitted first = report("Sinta " + UUID.randomUUID(), null, description, "PILKADA-2024");
        Submitted copy = report("Santi " + UUID.randomUUID(), null, description, "PILKADA-2024");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(reasonsBetween(first.reportId(), copy.reportId())).contains("SIMILAR_TEXT"));
        assertThat(executor.getMaxPoolSize()).isEqualTo(1);
        assertThat(executor.getThreadPoolExecutor().getCompletedTaskCount()).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void detect_insideACallersTransaction_givesBackItsPlannerSettings() throws Exception {
        Submitted report = report("Tono " + UUID.randomUUID(), null, uniqueDescription(), "PILKADA-2024");

        String afterwards = transactions.execute(status -> {
            detector.detect(report.reportId());
            return jdbc.sql("select current_setting('enable_seqscan')").query(String.class).single();
        });

        assertThat(afterwards).isEqualTo("on");
    }

    @Test
    void detect_givesBackEveryPlannerSettingItChanged() throws Exception {
        Submitted report = report("Tini " + UUID.randomUUID(), null, uniqueDescription(), "PILKADA-2024");

        String afterwards = transactions.execute(status -> {
            jdbc.sql("select set_config('jit', 'on', true)").query(String.class).single();
            detector.detect(report.reportId());
            return jdbc.sql("""
                    select concat_ws(' ', current_setting('enable_seqscan'), current_setting('enable_bitmapscan'),
                                     current_setting('enable_sort'), current_setting('jit'))""")
                    .query(String.class).single();
        });

        assertThat(afterwards).isEqualTo("on on on on");
    }

    @Test
    void similarText_isComparedWithinTheSameElectionAndRegionOnly() throws Exception {
        String text = uniqueDescription();
        Submitted first = report("L " + UUID.randomUUID(), null, text, "PILKADA-2024", "36.01", "2024-10-01");
        Submitted otherRegion = report("M " + UUID.randomUUID(), null, text, "PILKADA-2024", "36.02", "2024-10-01");
        Submitted otherElection = report("N " + UUID.randomUUID(), null, text, "PEMILU-2024", "36.01", "2024-02-01");
        Submitted sameRegion = report("O " + UUID.randomUUID(), null, text, "PILKADA-2024", "36.01", "2024-10-01");

        detector.detect(otherRegion.reportId());
        detector.detect(otherElection.reportId());
        detector.detect(sameRegion.reportId());

        assertThat(reasonsBetween(first.reportId(), otherRegion.reportId())).isEmpty();
        assertThat(reasonsBetween(first.reportId(), otherElection.reportId())).isEmpty();
        assertThat(reasonsBetween(first.reportId(), sameRegion.reportId())).containsExactly("SIMILAR_TEXT");
    }

    @Test
    void similarText_isComparedWithReportsReceivedWithinTheWindowOnly() throws Exception {
        String text = uniqueDescription();
        Submitted sixWeeksAgo = report("P " + UUID.randomUUID(), null, text, "PILKADA-2024");
        Submitted tenDaysAgo = report("Q " + UUID.randomUUID(), null, text, "PILKADA-2024");
        Submitted now = report("R " + UUID.randomUUID(), null, text, "PILKADA-2024");
        forgetTheListenersFlags(sixWeeksAgo, tenDaysAgo, now);
        receivedDaysAgo(sixWeeksAgo, 42);
        receivedDaysAgo(tenDaysAgo, 10);

        detector.detect(now.reportId());

        assertThat(reasonsBetween(now.reportId(), tenDaysAgo.reportId())).containsExactly("SIMILAR_TEXT");
        assertThat(reasonsBetween(now.reportId(), sixWeeksAgo.reportId())).isEmpty();
    }

    @Test
    void inAFlood_similarTextIsComparedWithTheReportsReceivedClosestOnly() throws Exception {
        String text = uniqueDescription();
        // a region of their own, so that other tests' reports received in between do not count
        Submitted third = report("T " + UUID.randomUUID(), null, text, "PILKADA-2024", "36.04", "2024-10-01");
        Submitted second = report("U " + UUID.randomUUID(), null, text, "PILKADA-2024", "36.04", "2024-10-01");
        Submitted first = report("V " + UUID.randomUUID(), null, text, "PILKADA-2024", "36.04", "2024-10-01");
        Submitted now = report("W " + UUID.randomUUID(), null, text, "PILKADA-2024", "36.04", "2024-10-01");
        forgetTheListenersFlags(third, second, first, now);
        receivedDaysAgo(third, 3);
        receivedDaysAgo(second, 2);
        receivedDaysAgo(first, 1);
        DuplicateDetector twoEitherSide = new DuplicateDetector(jdbc, clock, window(30, 2));

        twoEitherSide.detect(now.reportId());

        assertThat(reasonsBetween(now.reportId(), first.reportId())).containsExactly("SIMILAR_TEXT");
        assertThat(reasonsBetween(now.reportId(), second.reportId())).containsExactly("SIMILAR_TEXT");
        assertThat(reasonsBetween(now.reportId(), third.reportId())).isEmpty();
    }

    @Test
    void similarText_isAnsweredByTheNeighbourIndex_notByReadingTheTable() throws Exception {
        Submitted report = report("S " + UUID.randomUUID(), null, uniqueDescription(), "PILKADA-2024");

        String plan = transactions.execute(status -> {
            jdbc.sql("""
                    select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
                           set_config('enable_sort', 'off', true), set_config('jit', 'off', true)""")
                    .query((rs, row) -> row).single();
            return String.join("\n", jdbc.sql("explain " + DuplicateDetector.SEARCH)
                    .param("id", report.reportId()).param("max", 20).param("days", 30).param("reports", 500)
                    .param("threshold", 0.6).query(String.class).list());
        });

        assertThat(plan).contains("report_duplicate_neighbour_idx").contains("Order By: (description <-> ");
    }

    /** The listener searched when all were received just now; these tests move arrival times and search again. */
    private void forgetTheListenersFlags(Submitted... reports) {
        await().atMost(Duration.ofSeconds(30)).until(() -> detectionExecutor.getActiveCount() == 0
                && detectionExecutor.getThreadPoolExecutor().getQueue().isEmpty());
        List<UUID> ids = java.util.Arrays.stream(reports).map(Submitted::reportId).toList();
        jdbc.sql("delete from intake.duplicate_flag where report_id in (:ids) and other_report_id in (:ids)")
                .param("ids", ids).update();
    }

    private void receivedDaysAgo(Submitted report, int days) {
        jdbc.sql("update intake.report set created_at = created_at - make_interval(days => :days) where id = :id")
                .param("days", days).param("id", report.reportId()).update();
    }

    private IntakeProperties window(int days, int reports) {
        IntakeProperties p = properties;
        return new IntakeProperties(p.identityKey(), p.identityKeyId(), p.identityOldKeys(), p.receiptLookupKey(),
                p.receiptLookupKeyId(), p.receiptLookupOldKeys(), p.receiptHashIterations(), p.evidenceDir(),
                p.maxEvidenceSize(), p.maxImagePixels(), p.maxJsonBody(), p.duplicateSimilarity(), days, reports,
                p.rateLimit());
    }

    @Test
    void sameNormalisedNameAndAgency_inTheSameElectionOnly() throws Exception {
        String surname = "Santoso" + UUID.randomUUID().toString().substring(0, 6);
        Submitted first = report("Drs. Budi " + surname + ", M.Si.", null, uniqueDescription(), "PILKADA-2024");
        Submitted second = report("budi  " + surname.toUpperCase(), null, uniqueDescription(), "PILKADA-2024");
        Submitted otherElection = report("Budi " + surname, null, uniqueDescription(), "PEMILU-2024");

        detector.detect(second.reportId());
        detector.detect(otherElection.reportId());

        assertThat(reasonsBetween(first.reportId(), second.reportId())).containsExactly("SAME_PERSON");
        assertThat(reasonsBetween(first.reportId(), otherElection.reportId())).isEmpty();
    }

    @Test
    void sameEvidenceFile_isFlaggedWhenTheSecondCopyArrives() throws Exception {
        Submitted first = report("A " + UUID.randomUUID(), null, uniqueDescription(), "PILKADA-2024");
        Submitted second = report("B " + UUID.randomUUID(), null, uniqueDescription(), "PILKADA-2024");
        byte[] pdf = ("%PDF-1.4\n% bukti " + UUID.randomUUID() + "\n%%EOF\n").getBytes();

        for (Submitted report : List.of(first, second)) {
            mvc.perform(multipart("/api/v1/reports/evidence")
                            .file(new MockMultipartFile("files", "sama.pdf", "application/pdf", pdf))
                            .header("X-Receipt", report.receipt()))
                    .andExpect(status().isCreated());
        }

        assertThat(reasonsBetween(first.reportId(), second.reportId())).contains("SAME_EVIDENCE");
    }

    @Test
    void nearIdenticalText_isFlaggedAndUnrelatedTextIsNot() throws Exception {
        String text = uniqueDescription();
        Submitted first = report("C " + UUID.randomUUID(), null, text, "PILKADA-2024");
        Submitted copy = report("D " + UUID.randomUUID(), null, text + " juga", "PILKADA-2024");
        Submitted unrelated = report("E " + UUID.randomUUID(), null, uniqueDescription(), "PILKADA-2024");

        detector.detect(copy.reportId());
        detector.detect(unrelated.reportId());

        assertThat(reasonsBetween(first.reportId(), copy.reportId())).containsExactly("SIMILAR_TEXT");
        assertThat(jdbc.sql("select similarity from intake.duplicate_flag where report_id in (:a, :b) "
                        + "and other_report_id in (:a, :b)")
                .param("a", first.reportId()).param("b", copy.reportId()).query(Float.class).single())
                .isGreaterThanOrEqualTo(0.6f);
        assertThat(reasonsBetween(first.reportId(), unrelated.reportId())).isEmpty();
    }

    @Test
    void detectingTwice_flagsThePairOnce() throws Exception {
        String text = uniqueDescription();
        Submitted first = report("F " + UUID.randomUUID(), null, text, "PILKADA-2024");
        Submitted copy = report("G " + UUID.randomUUID(), null, text, "PILKADA-2024");

        detector.detect(copy.reportId());
        detector.detect(first.reportId());
        detector.detect(copy.reportId());

        assertThat(reasonsBetween(first.reportId(), copy.reportId())).containsExactly("SIMILAR_TEXT");
    }

    @Test
    void mergedReport_followsTheMainReportForItsReporter() throws Exception {
        String text = uniqueDescription();
        Submitted main = report("H " + UUID.randomUUID(), null, text, "PILKADA-2024");
        Submitted duplicate = report("I " + UUID.randomUUID(), null, text, "PILKADA-2024");
        detector.detect(duplicate.reportId());
        UUID flag = jdbc.sql("select id from intake.duplicate_flag where report_id in (:a, :b) "
                        + "and other_report_id in (:a, :b)")
                .param("a", main.reportId()).param("b", duplicate.reportId()).query(UUID.class).single();

        mvc.perform(post("/api/v1/reports/" + main.reportId() + "/duplicate-flags/" + flag)
                .with(SATGAS_VERIFIER.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"MERGE\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/reports/" + main.reportId() + "/status").with(SATGAS_VERIFIER.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"FORWARDED\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", duplicate.receipt())))
                .andExpect(jsonPath("$.status").value("FORWARDED"))
                .andExpect(jsonPath("$.merged").value(true));
        assertThat(events.stream(ReportMerged.class).filter(e -> e.reportId().equals(duplicate.reportId())))
                .singleElement().satisfies(e -> assertThat(e.mergedInto()).isEqualTo(main.reportId()));
        mvc.perform(get("/api/v1/reports/" + main.reportId()).with(SATGAS_VERIFIER.basic()))
                .andExpect(jsonPath("$.mergedFrom[0]").value(duplicate.reportId().toString()))
                .andExpect(jsonPath("$.duplicateFlags[0].status").value("MERGED"));
        mvc.perform(post("/api/v1/reports/" + main.reportId() + "/duplicate-flags/" + flag)
                .with(SATGAS_VERIFIER.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"DISMISS\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void linkAndDismiss_closeTheFlagWithoutMerging() throws Exception {
        String text = uniqueDescription();
        Submitted a = report("J " + UUID.randomUUID(), null, text, "PILKADA-2024");
        Submitted b = report("K " + UUID.randomUUID(), null, text, "PILKADA-2024");
        detector.detect(b.reportId());
        UUID flag = jdbc.sql("select id from intake.duplicate_flag where report_id in (:a, :b) "
                        + "and other_report_id in (:a, :b)")
                .param("a", a.reportId()).param("b", b.reportId()).query(UUID.class).single();

        mvc.perform(post("/api/v1/reports/" + b.reportId() + "/duplicate-flags/" + flag).with(SATGAS_VERIFIER.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"LINK\"}"))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("select status || ' ' || decided_by from intake.duplicate_flag where id = :id")
                .param("id", flag).query(String.class).single()).isEqualTo("LINKED satgas-verifier");
        assertThat(jdbc.sql("select count(*) from intake.report where merged_into is not null and id in (:a, :b)")
                .param("a", a.reportId()).param("b", b.reportId()).query(Integer.class).single()).isZero();
        mvc.perform(post("/api/v1/reports/" + UUID.randomUUID() + "/duplicate-flags/" + flag)
                .with(SATGAS_VERIFIER.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"LINK\"}"))
                .andExpect(status().isNotFound());
    }
}
