// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.testing.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAccessPolicyTests {

    private final ReportAccessPolicy policy = new ReportAccessPolicy();

    private static CurrentUser user(Role role, String agency, String region) {
        return TestUsers.user(role.name().toLowerCase(), role).agency(agency).region(region).currentUser();
    }

    private static final CurrentUser BAWASLU_BANTEN = user(Role.BAWASLU_OFFICER, null, "36");
    private static final CurrentUser SATGAS = user(Role.SATGAS_VERIFIER, null, null);
    private static final CurrentUser BKN = user(Role.BKN_OFFICER, null, null);
    private static final CurrentUser ADMIN = user(Role.ADMIN, null, null);
    private static final CurrentUser PPK_PANDEGLANG = user(Role.PPK_OFFICER, "PEMKAB-36.01", "36.01");
    private static final CurrentUser ANALYST = user(Role.ANALYST, null, null);

    @Test
    void bawasluOfficer_handlesOnlyTheirOwnProvince() {
        assertThat(policy.mayHandle(BAWASLU_BANTEN, "36.01").allowed()).isTrue();
        assertThat(policy.mayHandle(BAWASLU_BANTEN, "32.01").allowed()).isFalse();
        assertThat(policy.listScope(BAWASLU_BANTEN)).isEqualTo("36");
    }

    @Test
    void nationalHandlers_handleEverywhereUnscoped() {
        for (CurrentUser user : List.of(SATGAS, BKN, ADMIN)) {
            assertThat(policy.mayHandle(user, "32.01").allowed()).isTrue();
            assertThat(policy.listScope(user)).isNull();
            assertThat(policy.mayList(user)).isTrue();
        }
    }

    @Test
    void ppkOfficerAndAnalyst_areNotHandlers() {
        assertThat(policy.mayList(PPK_PANDEGLANG)).isFalse();
        assertThat(policy.mayList(ANALYST)).isFalse();
        assertThat(policy.mayHandle(PPK_PANDEGLANG, "36.01").allowed()).isFalse();
    }

    @Test
    void ppkOfficer_readsEvidenceOnlyWhenTheReportNamesTheirAgency() {
        assertThat(policy.mayReadEvidence(PPK_PANDEGLANG, "36.01", List.of("PEMKAB-36.01")).allowed()).isTrue();
        assertThat(policy.mayReadEvidence(PPK_PANDEGLANG, "36.01", List.of("PEMPROV-36")).allowed()).isFalse();
        assertThat(policy.mayReadEvidence(ANALYST, "36.01", List.of("PEMKAB-36.01")).allowed()).isFalse();
    }

    @Test
    void confidentialIdentity_opensForCustodiansOnly() {
        assertThat(policy.mayOpenIdentity(SATGAS, "36.01", ReporterMode.CONFIDENTIAL).allowed()).isTrue();
        assertThat(policy.mayOpenIdentity(BKN, "36.01", ReporterMode.CONFIDENTIAL).allowed()).isTrue();
        assertThat(policy.mayOpenIdentity(ADMIN, "36.01", ReporterMode.CONFIDENTIAL).reasons().get(0).messageKey())
                .isEqualTo("intake.identity.not-custodian");
        assertThat(policy.mayOpenIdentity(BAWASLU_BANTEN, "36.01", ReporterMode.CONFIDENTIAL).reasons().get(0).messageKey())
                .isEqualTo("intake.identity.not-custodian");
        assertThat(policy.mayOpenIdentity(PPK_PANDEGLANG, "36.01", ReporterMode.CONFIDENTIAL).allowed()).isFalse();
    }

    @Test
    void openIdentity_opensForEveryHandlerOfTheReport() {
        assertThat(policy.mayOpenIdentity(BAWASLU_BANTEN, "36.01", ReporterMode.OPEN).allowed()).isTrue();
        assertThat(policy.mayOpenIdentity(BAWASLU_BANTEN, "32.01", ReporterMode.OPEN).allowed()).isFalse();
        assertThat(policy.mayOpenIdentity(PPK_PANDEGLANG, "36.01", ReporterMode.OPEN).allowed()).isFalse();
    }

    @Test
    void anonymousReport_hasNoIdentityToOpen() {
        assertThat(policy.mayOpenIdentity(SATGAS, "36.01", ReporterMode.ANONYMOUS).reasons().get(0).messageKey())
                .isEqualTo("intake.identity.none-kept");
    }

    @Test
    void findings_areForBawasluOfficersInTheirScope() {
        assertThat(policy.mayRegisterFinding(BAWASLU_BANTEN, "36.01").allowed()).isTrue();
        assertThat(policy.mayRegisterFinding(BAWASLU_BANTEN, "32.01").reasons().get(0).messageKey())
                .isEqualTo("intake.finding.outside-scope");
        assertThat(policy.mayRegisterFinding(SATGAS, "36.01").reasons().get(0).messageKey()).isEqualTo("intake.finding.not-bawaslu");
    }
}
