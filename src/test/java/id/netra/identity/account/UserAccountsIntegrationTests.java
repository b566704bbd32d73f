// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.identity.UserContact;
import id.netra.identity.UserDirectory;
import id.netra.shared.ConflictException;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import id.netra.testing.TestUsers.TestUser;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Accounts on real PostgreSQL: registration, the directory, disabling and soft deletion, the current user. */
@NetraIntegrationTest
class UserAccountsIntegrationTests {

    private static final String PASSWORD = "secret-pass";

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    CurrentUserProvider currentUser;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void directory_listsEnabledUsersWithTheRoleAndTheirContact() {
        assertThat(directory.withRole(Role.PPK_OFFICER))
                .contains(new UserContact("ppk-officer", "Demo · Petugas PPK Pemkab Pandeglang",
                        "ppk.pandeglang.demo@example.org", Role.PPK_OFFICER, "PEMKAB-36.01", "36.01"))
                .allSatisfy(contact -> assertThat(contact.role()).isEqualTo(Role.PPK_OFFICER));
    }

    @Test
    void userWithTwoRoles_appearsUnderEach() {
        String username = unique("dual");
        accounts.register(account(username, Set.of(Role.SUPERVISOR, Role.ANALYST)), "test");

        assertThat(directory.withRole(Role.SUPERVISOR)).extracting(UserContact::username).contains(username);
        assertThat(directory.withRole(Role.ANALYST)).extracting(UserContact::username).contains(username);
        assertThat(directory.withRole(Role.ADMIN)).extracting(UserContact::username).doesNotContain(username);
    }

    @Test
    void usernames_areCaseInsensitiveAndUnique() throws Exception {
        String username = unique("case");
        accounts.register(account(username.toUpperCase(), Set.of(Role.ANALYST)), "test");

        assertThat(accounts.exists(username)).isTrue();
        assertThatThrownBy(() -> accounts.register(account(username, Set.of(Role.ANALYST)), "test"))
                .isInstanceOf(ConflictException.class);
        mvc.perform(get("/api/v1/me").with(TestUsers.named(username.toUpperCase()).basic(PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void disabledUser_cannotSignInAndLeavesTheDirectory() throws Exception {
        String username = unique("disabled");
        accounts.register(account(username, Set.of(Role.BKN_OFFICER)), "test");
        mvc.perform(get("/api/v1/me").with(TestUsers.named(username).basic(PASSWORD))).andExpect(status().isOk());

        accounts.disable(username, "test");

        mvc.perform(get("/api/v1/me").with(TestUsers.named(username).basic(PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(directory.withRole(Role.BKN_OFFICER)).extracting(UserContact::username).doesNotContain(username);
    }

    @Test
    void removedUser_isHiddenButFreesTheUsername() throws Exception {
        String username = unique("removed");
        accounts.register(account(username, Set.of(Role.ANALYST)), "test");

        accounts.remove(username, "test");

        assertThat(accounts.exists(username)).isFalse();
        mvc.perform(get("/api/v1/me").with(TestUsers.named(username).basic(PASSWORD)))
                .andExpect(status().isUnauthorized());
        accounts.register(account(username, Set.of(Role.ANALYST)), "test");
        assertThat(accounts.exists(username)).isTrue();
    }

    @Test
    void foreignPrincipal_becomesAnUnscopedCurrentUserWithItsRoles() {
        TestUser mockPpk = TestUsers.ppk("mock-ppk");
        SecurityContextHolder.getContext().setAuthentication(mockPpk.foreignAuthentication());
        try {
            assertThat(currentUser.require()).isEqualTo(mockPpk.currentUser());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @WithAnonymousUser
    void anonymousCaller_hasNoCurrentUser() {
        assertThat(currentUser.current()).isEmpty();
        assertThatThrownBy(currentUser::require).isInstanceOf(AccessDeniedException.class);
    }

    private static NewUserAccount account(String username, Set<Role> roles) {
        return new NewUserAccount(username, "Test " + username, username + "@example.org", PASSWORD, roles, null,
                null, true);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
