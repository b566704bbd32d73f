// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.RaceGate;
import id.netra.cases.support.TestCases;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two conflicting actions on the same case at the same time, without client versions: the first holds its
 * uncommitted change open, the second reads the same version and waits on the row; when the first commits, the
 * second's optimistic-locking check fails and it gets 409 with an explanation instead of overwriting.
 */
@CasesIntegrationTest
class ConcurrentActionsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    RaceGate gate;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoConflictingActions_oneWinsAndTheOtherGets409() throws Exception {
        clock.setDay(LocalDate.of(2024, 10, 2));
        long id = cases.caseIn(CaseState.FORWARDED, "36.01", "PEMKAB-36.01", clock.instant());
        gate.arm(id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> verify = pool.submit(() -> action(id, "verify", "{}", SATGAS_ACTOR));
            gate.awaitHeld();
            Future<MockHttpServletResponse> cancel = pool.submit(() -> action(id, "cancel",
                    "{\"reasonCode\":\"DUPLICATE\",\"reason\":\"Laporan ganda\"}", BKN_ACTOR));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from pg_locks where not granted").query(Integer.class).single() > 0);
            gate.release();

            assertThat(verify.get().getStatus()).isEqualTo(200);
            MockHttpServletResponse lost = cancel.get();
            assertThat(lost.getStatus()).isEqualTo(409);
            assertThat(lost.getContentType()).contains("application/problem+json");
            assertThat((String) JsonPath.read(lost.getContentAsString(), "$.detail")).contains("diubah");
        } finally {
            gate.release();
            pool.shutdownNow();
        }
        String body = mvc.perform(get("/api/v1/cases/{id}", id).with(as(ADMIN))).andReturn().getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("UNDER_VERIFICATION");
    }

    private static final int SATGAS_ACTOR = 0;
    private static final int BKN_ACTOR = 1;

    private MockHttpServletResponse action(long id, String action, String json, int actor) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action)
                .with(as(actor == SATGAS_ACTOR ? SATGAS : BKN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }
}
