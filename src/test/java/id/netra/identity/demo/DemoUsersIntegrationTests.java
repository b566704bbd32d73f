// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.Role;
import id.netra.identity.account.NewUserAccount;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The demo accounts exist once per role, sign in with HTTP Basic and report their scope at /api/v1/me. */
@NetraIntegrationTest
class DemoUsersIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static Stream<NewUserAccount> demoAccounts() {
        return DemoAccounts.ALL.stream();
    }

    @Test
    void demoAccounts_coverEveryRoleWithTheAgreedUsernamesAndScopes() {
        Map<String, List<String>> scopes = Map.of(
                "bawaslu-officer", Arrays.asList(null, "36"),
                "ppk-officer", Arrays.asList("PEMKAB-36.01", "36.01"),
                "supervisor", Arrays.asList(null, "36"),
                "satgas-verifier", Arrays.asList(null, null),
                "bkn-officer", Arrays.asList(null, null),
                "analyst", Arrays.asList(null, null),
                "admin", Arrays.asList(null, null));
        assertThat(DemoAccounts.ALL).hasSize(Role.values().length);
        for (NewUserAccount account : DemoAccounts.ALL) {
            assertThat(account.roles()).hasSize(1);
            assertThat(account.username()).isEqualTo(DemoAccounts.usernameFor(account.roles().iterator().next()));
            assertThat(Arrays.asList(account.agencyCode(), account.regionCode()))
                    .as(account.username()).isEqualTo(scopes.get(account.username()));
            assertThat(account.email()).endsWith("@example.org");
            assertThat(account.synthetic()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void demoUser_signsInWithBasicAndSeesTheirScope(NewUserAccount account) throws Exception {
        Role role = account.roles().iterator().next();
        mvc.perform(get("/api/v1/me").with(TestUsers.named(account.username()).basic(DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(account.username()))
                .andExpect(jsonPath("$.displayName").value(account.displayName()))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value(role.name()))
                .andExpect(jsonPath("$.agencyCode").value(account.agencyCode()))
                .andExpect(jsonPath("$.regionCode").value(account.regionCode()));
    }

    @Test
    void ppkOfficer_isScopedToPandeglang() throws Exception {
        mvc.perform(get("/api/v1/me").with(TestUsers.PPK_OFFICER.basic()))
                .andExpect(jsonPath("$.agencyCode").value("PEMKAB-36.01"))
                .andExpect(jsonPath("$.regionCode").value("36.01"));
    }

    @Test
    void wrongPassword_is401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/me").with(TestUsers.ADMIN.basic("not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Perlu masuk"));
    }

    @Test
    void unknownUser_is401InTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/me").with(TestUsers.named("nobody-at-all").basic(DemoAccounts.PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Sign-in required"));
    }

    @Test
    void secondRun_createsNoDuplicates() throws Exception {
        demoUsers.run(new DefaultApplicationArguments());
        demoUsers.run(new DefaultApplicationArguments());

        for (NewUserAccount account : DemoAccounts.ALL) {
            long rows = jdbc.sql("select count(*) from identity.user_account where username = ?")
                    .param(account.username()).query(Long.class).single();
            assertThat(rows).as(account.username()).isEqualTo(1);
        }
    }

    @Test
    void storedPasswords_areBcryptHashesNotPlainText() {
        List<String> hashes = jdbc.sql("select password_hash from identity.user_account where synthetic")
                .query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(
                DemoAccounts.PASSWORD));
    }
}
