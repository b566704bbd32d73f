// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.netra.identity.OrganisationCodes;
import id.netra.identity.Role;
import id.netra.shared.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountRulesTests {

    private static final Instant NOW = Instant.parse("2025-01-06T03:00:00Z");
    private final AccountRules rules = new AccountRules();

    @Test
    void validNewPpkOfficer_hasNoRejections() {
        assertThat(rules.checkNew("budi.santoso-2", ppk("PEMKAB-36.01", "36.01"), "twelve chars!", false).allowed()).isTrue();
    }

    @Test
    void generatedPassword_needsNoPasswordField() {
        assertThat(rules.checkNew("budi", ppk("PEMKAB-36.01", null), null, true).allowed()).isTrue();
    }

    @Test
    void badUsernames_areRejectedWithTheirReason() {
        assertThat(keys(rules.checkUsername(""))).containsExactly("identity.admin.username.required");
        assertThat(keys(rules.checkUsername("ab"))).containsExactly("identity.admin.username.length");
        assertThat(keys(rules.checkUsername("a".repeat(41)))).containsExactly("identity.admin.username.length");
        assertThat(keys(rules.checkUsername("Budi"))).containsExactly("identity.admin.username.characters");
        assertThat(keys(rules.checkUsername("budi_s"))).containsExactly("identity.admin.username.characters");
        assertThat(keys(rules.checkUsername(".budi"))).containsExactly("identity.admin.username.characters");
        assertThat(keys(rules.checkUsername("system"))).containsExactly("identity.admin.username.reserved");
        assertThat(rules.checkUsername("abc").allowed()).isTrue();
    }

    @Test
    void shortOrMissingPassword_isRejected() {
        assertThat(keys(rules.checkPassword(null))).containsExactly("identity.admin.password.required");
        assertThat(keys(rules.checkPassword("elevenchars"))).containsExactly("identity.admin.password.length");
        assertThat(keys(rules.checkPassword("            "))).containsExactly("identity.admin.password.blank");
        assertThat(rules.checkPassword("twelve chars").allowed()).isTrue();
    }

    @Test
    void missingOrMalformedDetails_areEachRejectedAtTheirField() {
        Decision decision = rules.checkDetails(new AccountDetails(" ", "not-an-email", null, null, null));

        assertThat(decision.reasons()).extracting(Decision.Reason::field).containsExactly("displayName", "email",
                "role");
        assertThat(keys(rules.checkDetails(details(Role.ANALYST, null, null, "a@b")))).containsExactly(
                "identity.admin.email.invalid");
    }

    @Test
    void ppkOfficerWithoutAgency_isRejected() {
        assertThat(rules.checkDetails(ppk(null, "36.01")).reasons())
                .extracting(Decision.Reason::field, Decision.Reason::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agencyCode",
                        "identity.admin.agency.required-for-role"));
    }

    @Test
    void bawasluOfficerWithoutRegion_isRejected_andWithRegionAllowed() {
        assertThat(keys(rules.checkDetails(details(Role.BAWASLU_OFFICER, null, null, "x@example.org"))))
                .containsExactly("identity.admin.region.required-for-role");
        assertThat(rules.checkDetails(details(Role.BAWASLU_OFFICER, null, "36", "x@example.org")).allowed()).isTrue();
    }

    @Test
    void wellFormedCodesThatNameNothing_areRejectedByExistence() {
        OrganisationCodes known = new OrganisationCodes() {
            @Override
            public boolean agencyExists(String agencyCode) {
                return agencyCode.equals("PEMKAB-36.01");
            }

            @Override
            public boolean regionExists(String regionCode) {
                return regionCode.equals("36.01");
            }
        };

        assertThat(rules.checkKnown(ppk("PEMKAB-36.01", "36.01"), known).allowed()).isTrue();
        assertThat(rules.checkKnown(ppk("PEMKAB-36.99", "36.99"), known).reasons())
                .extracting(Decision.Reason::field, Decision.Reason::messageKey)
                .containsExactly(tuple("agencyCode", "identity.admin.agency.unknown"),
                        tuple("regionCode", "identity.admin.region.unknown"));
    }

    @Test
    void nationalRoleWithCodes_isToldToLeaveThemEmpty() {
        assertThat(keys(rules.checkDetails(details(Role.BKN_OFFICER, "BKN", "36", "x@example.org"))))
                .containsExactly("identity.admin.agency.not-used-by-role", "identity.admin.region.not-used-by-role");
    }

    @Test
    void malformedCodes_areRejectedByShape() {
        assertThat(keys(rules.checkDetails(ppk("pemkab 36", "3601")))).containsExactly("identity.admin.agency.shape",
                "identity.admin.region.shape");
        assertThat(rules.checkDetails(ppk("PEMPROV-36", "36.01.01.2001")).allowed()).isTrue();
    }

    @Test
    void displayNameAndEmail_areEachTheirOwnRule() {
        assertThat(rules.checkDisplayName(null)).isEqualTo(
                Decision.rejectField("displayName", "identity.admin.display-name.required"));
        assertThat(keys(rules.checkDisplayName("x".repeat(AccountRules.DISPLAY_NAME_MAX + 1)))).containsExactly(
                "identity.admin.display-name.length");
        assertThat(rules.checkDisplayName("Budi").allowed()).isTrue();
        assertThat(rules.checkEmail(null)).isEqualTo(Decision.rejectField("email", "identity.admin.email.required"));
        assertThat(keys(rules.checkEmail("budi@localhost"))).containsExactly("identity.admin.email.invalid");
        assertThat(rules.checkEmail("budi@bawaslu.go.id").allowed()).isTrue();
    }

    @Test
    void newAccount_gathersTheReasonsOfEveryField() {
        Decision decision = rules.checkNew("ab", details(Role.PPK_OFFICER, null, null, "x"), "short", false);

        assertThat(decision.reasons()).extracting(Decision.Reason::field).containsExactly("username", "email",
                "agencyCode", "password");
    }

    @Test
    void deactivatingOneself_isRefused() {
        UserAccount admin = account("root", Role.ADMIN);

        assertThat(rules.mayDeactivate("root", admin, 5)).isEqualTo(Decision.reject("identity.admin.self-deactivation"));
    }

    @Test
    void deactivatingTheLastActiveAdmin_isRefused_butNotWhenAnotherRemains() {
        UserAccount admin = account("root", Role.ADMIN);

        assertThat(rules.mayDeactivate("other", admin, 1)).isEqualTo(Decision.reject("identity.admin.last-admin"));
        assertThat(rules.mayDeactivate("other", admin, 2).allowed()).isTrue();
        assertThat(rules.mayDeactivate("other", account("ana", Role.ANALYST), 1).allowed()).isTrue();
    }

    @Test
    void takingAdminAwayFromTheLastActiveAdmin_isRefused() {
        UserAccount admin = account("root", Role.ADMIN);

        assertThat(rules.mayChangeRole(admin, Role.ANALYST, 1)).isEqualTo(
                Decision.rejectField("role", "identity.admin.last-admin"));
        assertThat(rules.mayChangeRole(admin, Role.ADMIN, 1).allowed()).isTrue();
        assertThat(rules.mayChangeRole(admin, Role.ANALYST, 2).allowed()).isTrue();
    }

    @Test
    void deactivatedAccount_canBeReactivatedButNotDeactivatedAgain() {
        UserAccount account = account("ana", Role.ANALYST);
        assertThat(rules.mayReactivate(account)).isEqualTo(Decision.reject("identity.admin.already-active"));

        account.deactivate(NOW, "root");

        assertThat(rules.mayDeactivate("root", account, 3)).isEqualTo(
                Decision.reject("identity.admin.already-deactivated"));
        assertThat(rules.mayReactivate(account).allowed()).isTrue();
        assertThat(account.deactivatedAt()).isEqualTo(NOW);
    }

    private static AccountDetails ppk(String agency, String region) {
        return details(Role.PPK_OFFICER, agency, region, "ppk@pandeglang.go.id");
    }

    private static AccountDetails details(Role role, String agency, String region, String email) {
        return new AccountDetails("Budi Santoso", email, role, agency, region);
    }

    private static UserAccount account(String username, Role role) {
        return new UserAccount(new NewUserAccount(username, username, username + "@example.org", "secret",
                Set.of(role), null, null, false), "{noop}x", NOW, "test");
    }

    private static List<String> keys(Decision decision) {
        return decision.reasons().stream().map(Decision.Reason::messageKey).toList();
    }
}
