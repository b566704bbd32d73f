// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

/** The actors of the neutrality chain (UU 20/2023, PP 94/2021, SE MenPANRB 4/2024 and the SKB of 22 Sep 2022) plus the system's own administrators. */
public enum Role {
    BAWASLU_OFFICER,
    SATGAS_VERIFIER,
    BKN_OFFICER,
    PPK_OFFICER,
    SUPERVISOR,
    ANALYST,
    ADMIN;

    /** Spring Security authority name, e.g. {@code ROLE_PPK_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
