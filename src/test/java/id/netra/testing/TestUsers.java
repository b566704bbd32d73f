// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.identity.account.NewUserAccount;
import id.netra.identity.account.TestPrincipals;
import id.netra.identity.demo.DemoAccounts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one source of users for the tests. A {@link TestUser} is a username, roles and an agency/region scope, and
 * gives that user in every form a test needs: the {@link CurrentUser} the modules see
 * ({@link TestUser#currentUser()}), a MockMvc request signed in with the principal a real sign-in leaves in the
 * security context ({@link TestUser#principal()}), HTTP Basic against the real account ({@link TestUser#basic()}),
 * and, through {@link SignedInAs}, a whole test method or class signed in.
 *
 * <p>The demo accounts ({@link #ADMIN}, {@link #PPK_OFFICER}, ...) are read from the identity module's
 * {@link DemoAccounts}, the same list the application seeds, so their names, scopes and password live in one place.
 * Users that no account table holds (a PPK officer of another agency, say) are built here too:
 * {@code TestUsers.ppk("ppk-merauke").agency("PEMKAB-93.01").region("93.01")}. {@code TestUserSourcesTests} keeps
 * every other test file from making users its own way.
 */
public final class TestUsers {

    /** Bawaslu officer of the province of Banten ({@code 36}), the demo account {@code bawaslu-officer}. */
    public static final TestUser BAWASLU_OFFICER = demo(Role.BAWASLU_OFFICER);
    /** The Satgas verifier, no scope limit: {@code satgas-verifier}. */
    public static final TestUser SATGAS_VERIFIER = demo(Role.SATGAS_VERIFIER);
    /** The BKN officer, no scope limit: {@code bkn-officer}. */
    public static final TestUser BKN_OFFICER = demo(Role.BKN_OFFICER);
    /** PPK officer of Pemkab Pandeglang ({@code PEMKAB-36.01}, region {@code 36.01}): {@code ppk-officer}. */
    public static final TestUser PPK_OFFICER = demo(Role.PPK_OFFICER);
    /** Supervisor of the province of Banten ({@code 36}): {@code supervisor}. */
    public static final TestUser SUPERVISOR = demo(Role.SUPERVISOR);
    /** The data analyst, no scope limit: {@code analyst}. */
    public static final TestUser ANALYST = demo(Role.ANALYST);
    /** The administrator, no scope limit: {@code admin}. */
    public static final TestUser ADMIN = demo(Role.ADMIN);

    private TestUsers() {
    }

    /** The demo account of {@code role}, with its seeded scope and password. */
    public static TestUser demo(Role role) {
        return demoAccounts().stream().filter(user -> user.roles().equals(Set.of(role))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account for " + role));
    }

    /** Every demo account, in the order the application seeds them. */
    public static List<TestUser> demoAccounts() {
        return DemoAccounts.ALL.stream().map(TestUsers::fromDemo).toList();
    }

    private static TestUser fromDemo(NewUserAccount account) {
        return new TestUser(account.username(), account.roles(), account.agencyCode(), account.regionCode(),
                account.displayName(), account.rawPassword());
    }

    /** The password of every demo account. */
    public static String demoPassword() {
        return DemoAccounts.PASSWORD;
    }

    /** A user without an account in the database, unscoped until {@link TestUser#agency} / {@link TestUser#region}. */
    public static TestUser user(String username, Role... roles) {
        return new TestUser(username, Set.of(roles), null, null, username, null);
    }

    /**
     * A username only: an account the test itself creates (sign in with {@link TestUser#basic(String)}), or one that
     * does not exist at all.
     */
    public static TestUser named(String username) {
        return user(username);
    }

    public static TestUser bawaslu(String username) {
        return user(username, Role.BAWASLU_OFFICER);
    }

    public static TestUser satgas(String username) {
        return user(username, Role.SATGAS_VERIFIER);
    }

    public static TestUser bkn(String username) {
        return user(username, Role.BKN_OFFICER);
    }

    public static TestUser ppk(String username) {
        return user(username, Role.PPK_OFFICER);
    }

    public static TestUser supervisor(String username) {
        return user(username, Role.SUPERVISOR);
    }

    public static TestUser analyst(String username) {
        return user(username, Role.ANALYST);
    }

    public static TestUser admin(String username) {
        return user(username, Role.ADMIN);
    }

    /** The test user behind a {@link CurrentUser}, e.g. to sign a request in as a user a helper was given. */
    public static TestUser of(CurrentUser user) {
        return new TestUser(user.username(), user.roles(), user.agencyCode(), user.regionCode(), user.username(), null);
    }

    /**
     * One test user.
     *
     * @param displayName the name the pages greet the user with: the demo account's, else the username
     * @param password the real account's password, {@code null} for a user without an account
     */
    public record TestUser(String username, Set<Role> roles, String agencyCode, String regionCode, String displayName,
            String password) {

        public TestUser {
            Objects.requireNonNull(username, "username");
            roles = Set.copyOf(roles);
        }

        /** The same user limited to {@code agencyCode}. */
        public TestUser agency(String agencyCode) {
            return new TestUser(username, roles, agencyCode, regionCode, displayName, password);
        }

        /** The same user limited to {@code regionCode} (a province such as {@code 36} covers its regencies). */
        public TestUser region(String regionCode) {
            return new TestUser(username, roles, agencyCode, regionCode, displayName, password);
        }

        /** The user as the modules see it, for unit tests and calls to application services. */
        public CurrentUser currentUser() {
            return new CurrentUser(username, roles, agencyCode, regionCode);
        }

        /**
         * HTTP Basic with the real account's password: the request goes through the application's sign-in (password
         * check, throttle, sign-in record), so the account must exist, as the demo accounts do.
         */
        public RequestPostProcessor basic() {
            if (password == null) {
                throw new IllegalStateException(username + " has no account; use principal() or basic(password)");
            }
            return httpBasic(username, password);
        }

        /** HTTP Basic with another password: a wrong guess, or the password of an account the test created. */
        public RequestPostProcessor basic(String password) {
            return httpBasic(username, password);
        }

        /**
         * The request signed in as this user without a password check: the principal is the one a real sign-in leaves
         * in the security context, so the user keeps the roles and scope given here.
         */
        public RequestPostProcessor principal() {
            return SecurityMockMvcRequestPostProcessors.authentication(authentication());
        }

        /**
         * The authentication a real sign-in leaves: the application's own principal with this user's roles and scope.
         * Its details hold the {@link CurrentUser} too, for test contexts that read the user from there (the cases
         * module's {@code DetailsCurrentUserProvider}). A user without roles, which no account may be, gets Spring's
         * plain {@link User} instead.
         */
        public Authentication authentication() {
            if (!username.equals(username.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the application keeps usernames in lower case: " + username);
            }
            UserDetails principal = roles.isEmpty()
                    ? User.withUsername(username).password("n/a").authorities(List.of()).build()
                    : TestPrincipals.of(username, displayName, roles, agencyCode, regionCode);
            var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities());
            token.setDetails(currentUser());
            return token;
        }

        /**
         * An authentication whose principal is not a Netra account but Spring's plain {@link User} with role
         * authorities, as another sign-in mechanism would give: for tests of how such principals are read.
         */
        public Authentication foreignAuthentication() {
            UserDetails principal = User.withUsername(username).password("n/a").authorities(authorities()).build();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        }

        private List<GrantedAuthority> authorities() {
            return roles.stream().map(Role::authority).sorted().<GrantedAuthority>map(SimpleGrantedAuthority::new)
                    .toList();
        }
    }
}
