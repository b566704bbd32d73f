// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.testing.MovableClock;
import id.netra.testing.ProductionLimitsIntegrationTest;
import id.netra.testing.TestUsers;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 8 finding 6: a hundred wrong passwords and then the right one. With the production limits (the test build
 * raises them for every other test class), a moved clock, and the demo accounts; each test uses its own accounts and
 * addresses so the tests do not lock each other out.
 */
@ProductionLimitsIntegrationTest
class SignInThrottleIntegrationTests {

    static final String PASSWORD = TestUsers.demoPassword();

    @Autowired
    WebApplicationContext context;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void formLogin_hundredWrongThenRight_isRefusedUntilTheCoolingPeriodPasses() throws Exception {
        long before = lastSequence();
        for (int i = 0; i < 100; i++) {
            mvc.perform(signIn("bkn-officer", "tebakan-" + i, "10.1.0.1"));
        }

        mvc.perform(signIn("bkn-officer", PASSWORD, "10.1.0.1"))
                .andExpect(redirectedUrl("/login?locked=15"));
        mvc.perform(signIn("bkn-officer", PASSWORD, "10.1.0.99"))
                .andExpect(redirectedUrl("/login?locked=15"));
        assertThat(mvc.perform(get("/login").param("locked", "15")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Terlalu banyak percobaan masuk yang gagal",
                        "coba lagi dalam 15 menit");
        assertThat(jdbc.sql("select count(*) from audit.entry where sequence_number > ? and action = "
                        + "'identity.sign-in-locked' and subject_type = 'user' and subject_id = 'bkn-officer'")
                .param(before).query(Long.class).single()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(signIn("bkn-officer", PASSWORD, "10.1.0.1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void httpBasic_hundredWrongThenRight_gets429WithRetryAfter_andAnotherAccountElsewhereIsUnaffected()
            throws Exception {
        for (int i = 0; i < 100; i++) {
            mvc.perform(get("/api/v1/me").with(TestUsers.PPK_OFFICER.basic("tebakan-" + i)).with(from("10.2.0.1")));
        }

        mvc.perform(get("/api/v1/me").with(TestUsers.PPK_OFFICER.basic()).with(from("10.2.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, Matchers.matchesPattern("\\d+")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Coba lagi dalam 15 menit")));
        mvc.perform(get("/api/v1/me").with(TestUsers.ANALYST.basic()).with(from("10.2.0.2")))
                .andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(get("/api/v1/me").with(TestUsers.PPK_OFFICER.basic()).with(from("10.2.0.1")))
                .andExpect(status().isOk());
    }

    @Test
    void oneAddressGuessingManyAccounts_isRefusedForEveryAccount() throws Exception {
        long before = lastSequence();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").with(TestUsers.named("nobody-" + i).basic("x")).with(from("10.3.0.1")));
        }

        mvc.perform(get("/api/v1/me").with(TestUsers.SUPERVISOR.basic()).with(from("10.3.0.1")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/me").with(TestUsers.SUPERVISOR.basic()).with(from("10.3.0.2")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit.entry where sequence_number > ? and action = "
                        + "'identity.sign-in-locked' and subject_type = 'address' and subject_id = '10.3.0.1'")
                .param(before).query(Long.class).single()).isEqualTo(1);
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long lastSequence() {
        return jdbc.sql("select coalesce(max(sequence_number), 0) from audit.entry").query(Long.class).single();
    }
}
