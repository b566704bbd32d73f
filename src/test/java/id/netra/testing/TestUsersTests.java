// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.identity.account.NetraUserDetails;
import id.netra.identity.demo.DemoAccounts;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The fixture gives one user the same way in every form, and the demo users as the application seeds them. */
class TestUsersTests {

    @Test
    void demoUsers_areTheSeededAccounts_withTheirScopeAndPassword() {
        assertThat(TestUsers.demoAccounts()).hasSize(DemoAccounts.ALL.size());
        assertThat(fields(TestUsers.PPK_OFFICER.currentUser()))
                .containsExactly("ppk-officer", Set.of(Role.PPK_OFFICER), "PEMKAB-36.01", "36.01");
        assertThat(TestUsers.BAWASLU_OFFICER.currentUser().regionCode()).isEqualTo("36");
        assertThat(TestUsers.ADMIN.username()).isEqualTo("admin");
        assertThat(TestUsers.ADMIN.password()).isEqualTo(DemoAccounts.PASSWORD).isEqualTo(TestUsers.demoPassword());
    }

    @Test
    void adHocUser_keepsTheScopeItIsGiven() {
        CurrentUser merauke = TestUsers.ppk("ppk-merauke").agency("PEMKAB-93.01").region("93.01").currentUser();

        assertThat(fields(merauke)).containsExactly("ppk-merauke", Set.of(Role.PPK_OFFICER), "PEMKAB-93.01", "93.01");
        assertThat(TestUsers.of(merauke).currentUser()).isEqualTo(merauke);
        assertThatThrownBy(() -> TestUsers.ppk("ppk-merauke").basic()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void authentication_carriesTheApplicationsPrincipal_withTheSameUser() {
        TestUsers.TestUser dual = TestUsers.user("dual", Role.PPK_OFFICER, Role.BKN_OFFICER).agency("PEMKAB-36.01");
        Authentication authentication = dual.authentication();

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getName()).isEqualTo("dual");
        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(NetraUserDetails.class,
                details -> assertThat(details.currentUser()).isEqualTo(dual.currentUser()));
        assertThat(authentication.getDetails()).isEqualTo(dual.currentUser());
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PPK_OFFICER", "ROLE_BKN_OFFICER");
    }

    @Test
    void signedInAs_isTheDemoAccountOrTheNamedUser() {
        assertThat(SignedInAs.Factory.user(annotation("admin"))).isEqualTo(TestUsers.ADMIN);
        assertThat(fields(SignedInAs.Factory.user(annotation("calculator")).currentUser()))
                .containsExactly("ppk-calculator", Set.of(Role.PPK_OFFICER), null, null);
        assertThat(SignedInAs.Factory.user(annotation("nobody")).roles()).isEmpty();
        assertThatThrownBy(() -> SignedInAs.Factory.user(annotation("twoRolesNoName")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Object> fields(CurrentUser user) {
        return Arrays.asList(user.username(), user.roles(), user.agencyCode(), user.regionCode());
    }

    private static SignedInAs annotation(String method) {
        try {
            return Samples.class.getDeclaredMethod(method).getAnnotation(SignedInAs.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static final class Samples {
        @SignedInAs(Role.ADMIN)
        void admin() {
        }

        @SignedInAs(value = Role.PPK_OFFICER, username = "ppk-calculator")
        void calculator() {
        }

        @SignedInAs(value = {}, username = "nobody")
        void nobody() {
        }

        @SignedInAs({Role.ADMIN, Role.ANALYST})
        void twoRolesNoName() {
        }
    }
}
