// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.sweep;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.shared.AuditEvent;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.RecordingAuditTrail;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Escalation with a fixed clock. Each test works in its own past year, because a sweep escalates every late case
 * in the shared database, and asserts on the cases it created.
 */
@CasesIntegrationTest
class DeadlineSweepIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordingAuditTrail audit;

    @Test
    void caseBecomesOverdue_isReprimanded_theSweepQueuesTheBlock_bknBlocks_andThePpksDecisionLiftsIt()
            throws Exception {
        clock.setDay(LocalDate.of(2023, 3, 1));
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        LocalDate due = LocalDate.parse(field(id, ADMIN, "$.deadline"));
        clock.setDay(due.plusDays(3));

        assertThat(sweepAsOf(due)).as("on the deadline itself the PPK is not late").isGreaterThanOrEqualTo(0);
        assertThat(field(id, ADMIN, "$.state")).isEqualTo("RECOMMENDED");

        int escalated = sweepAsOf(due.plusDays(1));
        assertThat(escalated).isGreaterThanOrEqualTo(1);
        assertThat(field(id, ADMIN, "$.state")).isEqualTo("OVERDUE");
        assertThat(field(id, ADMIN, "$.timeline[-1].action")).isEqualTo("mark-overdue");
        assertThat(field(id, ADMIN, "$.timeline[-1].actor")).isEqualTo("system");
        assertThat(sweepAsOf(due.plusDays(1))).as("a second run escalates nothing").isZero();
        assertThat(list(id, BKN, "$.allowedActions")).contains("reprimand", "block");

        act(id, "reprimand", BKN, "{\"reason\":\"PPK belum menindaklanjuti rekomendasi\"}");
        assertThat(field(id, ADMIN, "$.state")).isEqualTo("REPRIMANDED");
        assertThat(field(id, ADMIN, "$.deadline")).isEqualTo(due.plusDays(6).toString());
        assertThat(field(id, ADMIN, "$.deadlineUnit")).isEqualTo("CALENDAR_DAYS");

        clock.setDay(due.plusDays(8));
        assertThat(sweepAsOf(due.plusDays(7))).isGreaterThanOrEqualTo(1);
        assertThat(field(id, ADMIN, "$.state")).as("the sweep blocks nothing").isEqualTo("REPRIMANDED");
        assertThat(field(id, ADMIN, "$.block")).isNull();
        assertThat(field(id, ADMIN, "$.blockDueSince")).isEqualTo(due.plusDays(7).toString());
        assertThat(field(id, ADMIN, "$.timeline[-1].action")).isEqualTo("block-due");
        assertThat(jdbc.sql("select count(*) from cases.case_block where case_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(sweepAsOf(due.plusDays(7))).as("queued once").isZero();
        assertThat(queueIds(BKN, "BLOCK_DUE")).contains(id);

        assertThat(actStatus(id, "block", BKN, "{\"reason\":\"Teguran tidak ditindaklanjuti\"}"))
                .as("a block needs its SIASN reference").isEqualTo(400);
        act(id, "block", BKN, "{\"siasnReference\":\"SIASN/BLK/2023/0042\"}");
        assertThat(field(id, ADMIN, "$.state")).isEqualTo("REPRIMANDED");
        assertThat(field(id, ADMIN, "$.block.siasnReference")).isEqualTo("SIASN/BLK/2023/0042");
        assertThat(field(id, ADMIN, "$.block.blockedOn")).isEqualTo(clock.today().toString());
        assertThat(field(id, ADMIN, "$.blockDueSince")).isNull();
        assertThat(queueIds(BKN, "BLOCK_DUE")).doesNotContain(id);
        assertThat(list(id, BKN, "$.allowedActions")).doesNotContain("block");
        assertThat(list(id, PPK_PANDEGLANG, "$.allowedActions")).as("blocked, and the PPK may decide")
                .contains("decide");

        act(id, "decide", PPK_PANDEGLANG, """
                {"reason":"Terbukti melanggar netralitas ASN.","decreeNumber":"800/78/2023","decreeDate":"%s","sanctionCode":"PP94-2021/BERAT-1"}"""
                .formatted(clock.today()));
        assertThat(field(id, ADMIN, "$.state")).isEqualTo("SANCTIONED");
        assertThat(field(id, ADMIN, "$.block")).as("no block in force").isNull();
        assertThat(jdbc.sql("select unblocked_on || ' ' || unblock_reference from cases.case_block where case_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(clock.today() + " 800/78/2023");

        assertThat(audit.eventsAbout(id)).extracting(AuditEvent::action).containsSubsequence("case.recommend",
                "case.mark-overdue", "case.reprimand", "case.block-due", "case.block", "case.decide");
    }

    @Test
    void twoInstancesSweepingAtOnce_escalateEachLateCaseOnce() throws Exception {
        clock.setDay(LocalDate.of(2022, 3, 1));
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        LocalDate due = LocalDate.parse(field(id, ADMIN, "$.deadline"));
        clock.setDay(due.plusDays(2));
        String lock = "test-sweep-" + UUID.randomUUID();
        DeadlineSweepJob first = instance(lock);
        DeadlineSweepJob second = instance(lock);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<OptionalInt> a = pool.submit(() -> {
                start.await();
                return first.runScheduled(due.plusDays(1));
            });
            Future<OptionalInt> b = pool.submit(() -> {
                start.await();
                return second.runScheduled(due.plusDays(1));
            });
            start.countDown();
            List<OptionalInt> runs = List.of(a.get(), b.get());

            assertThat(runs.stream().filter(OptionalInt::isPresent)).as("exactly one instance ran").hasSize(1);
            assertThat(runs.stream().filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sum())
                    .as("one escalation in total").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from cases.case_transition where case_id = :id and action = 'MARK_OVERDUE'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void sweepEndpoint_isForAdministratorsOnlyAndRefusesFutureDays() throws Exception {
        clock.setDay(LocalDate.of(2021, 6, 1));
        for (CurrentUser user : List.of(BAWASLU_BANTEN, SATGAS, BKN, PPK_PANDEGLANG, SUPERVISOR_BANTEN, ANALYST)) {
            int status = mvc.perform(post("/api/v1/admin/deadline-sweep").param("asOf", "2021-05-01")
                    .with(as(user)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(user.username()).isEqualTo(403);
        }
        int future = mvc.perform(post("/api/v1/admin/deadline-sweep").param("asOf", "2021-06-02").with(as(ADMIN))
                .with(csrf())).andReturn().getResponse().getStatus();
        assertThat(future).isEqualTo(422);
    }

    @Test
    void kasnHandover_movesKasnFilesAndSupervisionToBknOnce() throws Exception {
        clock.setDay(LocalDate.of(2024, 3, 4));
        long atKasn = cases.caseIn(CaseState.FORWARDED, "36.01", "PEMKAB-36.01", clock.instant());
        long atPpk = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        assertThat(field(atKasn, ADMIN, "$.custodian.code")).isEqualTo("KASN");
        assertThat(field(atPpk, ADMIN, "$.supervisingAuthority")).isEqualTo("KASN");

        clock.setDay(LocalDate.of(2024, 9, 4));
        String body = mvc.perform(post("/api/v1/admin/cases/kasn-handover").with(as(ADMIN)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.handedOver")).isGreaterThanOrEqualTo(2);
        mvc.perform(post("/api/v1/admin/cases/kasn-handover").with(as(ADMIN)).with(csrf()));

        assertThat(field(atKasn, ADMIN, "$.custodian.code")).isEqualTo("BKN");
        assertThat(list(atKasn, ADMIN, "$.custody[*].code")).isEqualTo(List.of("BAWASLU-36.01", "KASN", "BKN"));
        assertThat(list(atKasn, ADMIN, "$.timeline[*].action")).isEqualTo(List.of("open", "forward", "handover"));
        assertThat(field(atPpk, ADMIN, "$.supervisingAuthority")).isEqualTo("BKN");
        assertThat(field(atPpk, ADMIN, "$.custodian.code")).isEqualTo("PEMKAB-36.01");
    }

    private DeadlineSweepJob instance(String lockName) {
        var provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("cases.shedlock").usingDbTime()
                .build());
        return new DeadlineSweepJob(sweep, provider, (Clock) clock, lockName, Duration.ofMinutes(1));
    }

    private int sweepAsOf(LocalDate day) throws Exception {
        String body = mvc.perform(post("/api/v1/admin/deadline-sweep").param("asOf", day.toString())
                .with(as(ADMIN)).with(csrf())).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.escalated");
    }

    private String field(long id, CurrentUser user, String path) throws Exception {
        return JsonPath.read(body(id, user), path);
    }

    private List<String> list(long id, CurrentUser user, String path) throws Exception {
        return JsonPath.read(body(id, user), path);
    }

    private String body(long id, CurrentUser user) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}", id).with(as(user))).andReturn().getResponse()
                .getContentAsString();
    }

    private void act(long id, String action, CurrentUser user, String json) throws Exception {
        assertThat(actStatus(id, action, user, json)).as(action).isEqualTo(200);
    }

    private int actStatus(long id, String action, CurrentUser user, String json) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse().getStatus();
    }

    /** The ids of the cases linked from a queue page of the user. */
    private List<Long> queueIds(CurrentUser user, String queue) throws Exception {
        String page = mvc.perform(get("/cases").param("queue", queue).with(as(user))).andReturn().getResponse()
                .getContentAsString();
        return java.util.regex.Pattern.compile("href=\"/cases/(\\d+)\"").matcher(page).results()
                .map(match -> Long.parseLong(match.group(1))).toList();
    }
}
