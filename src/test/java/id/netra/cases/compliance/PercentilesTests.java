// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTests {

    @Test
    void median_ofOddAndEvenSamples() {
        assertThat(Percentiles.median(List.of(1, 4, 9))).isEqualTo(4.0);
        assertThat(Percentiles.median(List.of(5, 10))).isEqualTo(7.5);
        assertThat(Percentiles.median(List.of())).isNull();
    }

    @Test
    void nearestRank_p90_isTheSmallestValueCoveringNinetyPercent() {
        List<Integer> tenValues = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        assertThat(Percentiles.nearestRank(tenValues, 90)).isEqualTo(9);
        assertThat(Percentiles.nearestRank(List.of(5, 10), 90)).isEqualTo(10);
        assertThat(Percentiles.nearestRank(List.of(3), 90)).isEqualTo(3);
        assertThat(Percentiles.nearestRank(List.of(), 90)).isNull();
    }
}
