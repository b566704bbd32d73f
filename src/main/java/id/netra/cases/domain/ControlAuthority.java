// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/**
 * Who takes a control step against a PPK who does not act. BKN reprimands and blocks (its 2024 flow); Kemendagri
 * supervises regional heads as PPK and reprimanded them with 3 days to comply (PP 12/2017, October 2020); KemenPANRB
 * handles the PPKs of central agencies; in the KASN era, KASN could report a PPK to the President (UU 5/2014 Pasal 33).
 * Netra records these steps through BKN officers, naming the authority that issued them.
 */
public enum ControlAuthority {
    BKN("Badan Kepegawaian Negara"),
    KEMENDAGRI("Kementerian Dalam Negeri"),
    KEMENPANRB("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    KASN("Komisi Aparatur Sipil Negara");

    private final String officialName;

    ControlAuthority(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }
}
