// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.sweep;

import static id.netra.cases.support.TestCases.BKN;
import static id.netra.cases.support.TestCases.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.netra.testing.NetraIntegrationTest;
import org.junit.jupiter.api.Tag;
import id.netra.NetraApplication;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesTestConfiguration;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two Netra instances on one database, as two app nodes behind a load balancer would run: two complete application
 * contexts (each with its own connection pool, ShedLock provider, sweep job and web layer) on the same PostgreSQL.
 *
 * <p>1,000 cases cross their PPK deadline; both instances run the deadline sweep at the same moment, and every case
 * is escalated exactly once. Then both instances act on the same cases at the same moment with the version they read:
 * one wins, the other gets 409. The cases are cloned in SQL from one case walked through the real workflow, so the
 * test spends its time on the sweep, not on setting up. It works in 2019, a year no other test uses, because a
 * sweep escalates every late case in the database.
 */
@Tag(NetraIntegrationTest.TAG)
class TwoInstancesIntegrationTests {

    private static final int CASES = 1_000;
    private static final LocalDate OPENED = LocalDate.of(2019, 6, 3);

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        // one after the other: the first start may create the schema, as the first node of a deployment does
        first = instance("a");
        second = instance("b");
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    /** Command-line arguments, because application.properties outranks the builder's default properties. */
    private static ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(NetraApplication.class, CasesTestConfiguration.class).run(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--netra.instance-name=" + name,
                "--netra.cases.sweep.cron=-",
                "--netra.demo.enabled=false",
                // other test classes share this database: do not re-run their in-flight events
                "--spring.modulith.events.republish-outstanding-events-on-restart=false");
    }

    @Test
    void thousandLateCases_bothInstancesSweepAtOnce_eachCaseEscalatedExactlyOnce() throws Exception {
        List<Long> ids = lateCases(CASES);
        LocalDate due = dueDate(ids.get(0));
        LocalDate asOf = due.plusDays(1);
        DeadlineSweepJob a = first.getBean(DeadlineSweepJob.class);
        DeadlineSweepJob b = second.getBean(DeadlineSweepJob.class);

        List<OptionalInt> runs;
        try {
            runs = atOnce(() -> a.runScheduled(asOf), () -> b.runScheduled(asOf));
        } finally {
            // the scheduled run holds its lock a while; other tests in this JVM run the sweep under the same name
            jdbc().sql("update cases.shedlock set lock_until = now() where name = :name")
                    .param("name", DeadlineSweepJob.LOCK_NAME).update();
        }

        assertThat(runs.stream().filter(OptionalInt::isPresent)).as("the lock let exactly one instance sweep")
                .hasSize(1);
        assertThat(runs.stream().filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sum())
                .isGreaterThanOrEqualTo(CASES);
        // even without the lock (an administrator's run on each node, or an expired lock), nothing is escalated again
        DeadlineSweep sweepA = first.getBean(DeadlineSweep.class);
        DeadlineSweep sweepB = second.getBean(DeadlineSweep.class);
        assertThat(atOnce(() -> sweepA.sweep(asOf), () -> sweepB.sweep(asOf))).containsExactly(0, 0);

        Map<String, Long> states = jdbc().sql("select state, count(*) from cases.case_file where id = any(:ids) group by 1")
                .param("ids", ids.toArray(Long[]::new))
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(states).containsExactly(Map.entry("OVERDUE", (long) CASES));
        List<Long> escalationsPerCase = jdbc().sql("""
                        select count(t.id) from cases.case_file f
                        left join cases.case_transition t on t.case_id = f.id and t.action = 'MARK_OVERDUE'
                        where f.id = any(:ids) group by f.id""")
                .param("ids", ids.toArray(Long[]::new)).query(Long.class).list();
        assertThat(escalationsPerCase).hasSize(CASES).containsOnly(1L);
    }

    @Test
    void conflictingActionsFromBothInstances_oneWinsTheOtherGets409() throws Exception {
        List<Long> ids = lateCases(20);
        LocalDate asOf = dueDate(ids.get(0)).plusDays(1);
        assertThat(first.getBean(DeadlineSweep.class).sweep(asOf)).isGreaterThanOrEqualTo(ids.size());
        MockMvc mvcA = mockMvc(first);
        MockMvc mvcB = mockMvc(second);

        for (long id : ids) {
            long version = jdbc().sql("select version from cases.case_file where id = :id").param("id", id)
                    .query(Long.class).single();
            // BKN's two control actions on an OVERDUE case, one from each node, on the same version
            List<Integer> statuses = atOnce(
                    () -> act(mvcA, id, "reprimand", version),
                    () -> act(mvcB, id, "block", version));

            assertThat(statuses).as("case %d", id).containsExactlyInAnyOrder(200, 409);
            String state = jdbc().sql("select state from cases.case_file where id = :id").param("id", id)
                    .query(String.class).single();
            // a SIASN block is a record beside the case (Peraturan BKN 1/2023): the case stays OVERDUE when it wins
            assertThat(state).isEqualTo(statuses.get(0) == 200 ? "REPRIMANDED" : "OVERDUE");
            assertThat(jdbc().sql("select count(*) from cases.case_transition where case_id = :id"
                    + " and action in ('REPRIMAND', 'BLOCK')").param("id", id).query(Long.class).single())
                    .as("only the winner's transition").isEqualTo(1);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /**
     * {@code count} RECOMMENDED cases of 2019 whose PPK deadline has passed: one walked through the workflow on the
     * first instance, the rest cloned from it in one statement (case, custody history and timeline).
     */
    private static List<Long> lateCases(int count) {
        first.getBean(MutableClock.class).setDay(OPENED);
        long template = first.getBean(TestCases.class).caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01",
                first.getBean(MutableClock.class).instant());
        String fileColumns = columnsExcept("case_file", "id", "report_id", "person_id");
        String custodyColumns = columnsExcept("case_custody", "id", "case_id");
        String transitionColumns = columnsExcept("case_transition", "id", "case_id");
        List<Long> clones = jdbc().sql("""
                        with clones as (
                            insert into cases.case_file (report_id, person_id, %1$s)
                            select gen_random_uuid(), gen_random_uuid(), %1$s
                            from cases.case_file, generate_series(1, :n) where id = :template
                            returning id),
                        custody as (
                            insert into cases.case_custody (case_id, %2$s)
                            select clones.id, %4$s from clones cross join cases.case_custody c where c.case_id = :template),
                        timeline as (
                            insert into cases.case_transition (case_id, %3$s)
                            select clones.id, %5$s from clones cross join cases.case_transition t
                            where t.case_id = :template)
                        select id from clones order by id"""
                        .formatted(fileColumns, custodyColumns, transitionColumns, prefixed("c", custodyColumns),
                                prefixed("t", transitionColumns)))
                .param("n", count - 1).param("template", template).query(Long.class).list();
        List<Long> ids = new ArrayList<>(clones);
        ids.add(0, template);
        assertThat(ids).hasSize(count);
        return ids;
    }

    private static LocalDate dueDate(long id) {
        return jdbc().sql("select deadline from cases.case_file where id = :id").param("id", id)
                .query(LocalDate.class).single();
    }

    private static String columnsExcept(String table, String... excluded) {
        return String.join(", ", jdbc().sql("""
                        select column_name from information_schema.columns
                        where table_schema = 'cases' and table_name = :table and not (column_name::text = any(:excluded))
                        order by ordinal_position""")
                .param("table", table).param("excluded", excluded).query(String.class).list());
    }

    private static String prefixed(String alias, String columns) {
        return List.of(columns.split(", ")).stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    private static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }

    private static MockMvc mockMvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }

    private static int act(MockMvc mvc, long id, String action, long version) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(BKN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"reason\":\"PPK tidak menindaklanjuti rekomendasi\""
                                + (action.equals("block") ? ",\"siasnReference\":\"SIASN-UJI-" + id + "\"" : "") + "}"))
                .andReturn().getResponse().getStatus();
    }

    /** Runs both at the same moment (released by one latch) and returns their results in order. */
    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
