// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** KASN's 2021 survey results are registered with their source and date. */
@NetraIntegrationTest
class PublishedFiguresIntegrationTests {

    @Autowired PublishedFigures figures;

    @Test
    void causesOfNonNeutralityAreTheFiveMultiSelectShares() {
        var causes = figures.ofMeasure("asn-non-neutrality-cause");
        assertThat(causes).extracting(PublishedFigure::category)
                .containsExactly("kinship", "career", "shared-background", "debt-of-gratitude", "candidate-pressure");
        assertThat(causes).extracting(PublishedFigure::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50.76"), new BigDecimal("49.72"), new BigDecimal("16.84"),
                        new BigDecimal("9.50"), new BigDecimal("7.48"));
        assertThat(causes).allSatisfy(f -> {
            assertThat(f.publisher()).isEqualTo("KASN");
            assertThat(f.asOf()).isEqualTo(LocalDate.of(2021, 12, 16));
            assertThat(f.sourceUrl()).startsWith("https://");
            assertThat(f.electionCode()).isEqualTo("PILKADA-2020");
        });
    }

    @Test
    void influencersSumToAHundredPercent() {
        var influencers = figures.ofMeasure("asn-non-neutrality-influencer");
        assertThat(influencers).hasSize(5);
        assertThat(influencers.stream().map(PublishedFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(figures.ofMeasure("kasn-2021-survey-respondents")).singleElement()
                .extracting(PublishedFigure::value).isEqualTo(new BigDecimal("10617"));
    }
}
