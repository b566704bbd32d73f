// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import static id.netra.cases.CaseFixtures.recommendedCase;
import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.domain.Case;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a recommendation letter cites, and how it presents the PPK's follow-up deadline. */
class LetterComposerTests {

    @Test
    void incidentBeforeTheSkb2022_isNotRecommendedUnderTheSkb_butUnderTheDisciplineRegulationOfItsDay() {
        Case c2021 = recommendedCase(LocalDate.of(2021, 3, 3)); // incident two days earlier
        Case c2020 = recommendedCase(LocalDate.of(2020, 11, 4));
        Case c2024 = recommendedCase(LocalDate.of(2024, 10, 3));

        assertThat(text(c2021)).doesNotContain("Keputusan Bersama").contains("PP 53/2010");
        assertThat(text(c2020)).doesNotContain("Keputusan Bersama").contains("PP 53/2010");
        assertThat(text(c2024)).contains("Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas");
    }

    @Test
    void thePpkDeadline_isNotPresentedAsStatutory() {
        Case c = recommendedCase(LocalDate.of(2024, 10, 3));

        assertThat(text(c)).contains("bukan batas waktu yang diatur dalam peraturan perundang-undangan");
    }

    @Test
    void theAddressee_isWrittenAsPeopleWriteIt() {
        assertThat(LetterComposer.addressee("Bupati", "Pemerintah Kabupaten Pandeglang")).isEqualTo("Bupati Pandeglang");
        assertThat(LetterComposer.addressee("Wali Kota", "Pemerintah Kota Tangerang")).isEqualTo("Wali Kota Tangerang");
        assertThat(LetterComposer.addressee("Gubernur", "Pemerintah Provinsi Banten")).isEqualTo("Gubernur Banten");
        assertThat(LetterComposer.addressee("Kepala", "Badan Pusat Statistik")).isEqualTo("Kepala Badan Pusat Statistik");
    }

    /** The two sentences of the letter that depend on the law of the case's time. */
    private static String text(Case c) {
        return LetterComposer.basisOfRecommendation(c) + "\n" + LetterComposer.deadlineNature(c);
    }
}
