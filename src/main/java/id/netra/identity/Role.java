// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

/** The actors of the neutrality chain (DOMAIN.md §1.9) plus the system's own administrators. */
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
