// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.demo;

import id.netra.identity.Role;
import id.netra.identity.account.NewUserAccount;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The synthetic demo accounts: one per role, fictitious people at example.org. Agency and region codes are real so
 * that scoping can be tried out. Shown on the login page while demo data is on.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "netra-demo";

    public static final List<NewUserAccount> ALL = List.of(
            demo(Role.BAWASLU_OFFICER, "Demo · Petugas Bawaslu Provinsi Banten", "bawaslu.banten", null, "36"),
            demo(Role.SATGAS_VERIFIER, "Demo · Verifikator Satgas Netralitas ASN", "satgas.verifikator", null, null),
            demo(Role.BKN_OFFICER, "Demo · Petugas BKN", "petugas.bkn", null, null),
            demo(Role.PPK_OFFICER, "Demo · Petugas PPK Pemkab Pandeglang", "ppk.pandeglang", "PEMKAB-36.01", "36.01"),
            demo(Role.SUPERVISOR, "Demo · Supervisor Wilayah Banten", "supervisor.banten", null, "36"),
            demo(Role.ANALYST, "Demo · Analis Data", "analis.data", null, null),
            demo(Role.ADMIN, "Demo · Administrator Netra", "admin.netra", null, null));

    private DemoAccounts() {
    }

    /** The username is the role in lower case with dashes, e.g. {@code ppk-officer}. */
    public static String usernameFor(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static NewUserAccount demo(Role role, String displayName, String mailbox, String agencyCode,
            String regionCode) {
        return new NewUserAccount(usernameFor(role), displayName, mailbox + ".demo@example.org", PASSWORD,
                Set.of(role), agencyCode, regionCode, true);
    }
}
