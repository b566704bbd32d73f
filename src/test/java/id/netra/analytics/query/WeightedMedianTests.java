// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WeightedMedianTests {

    @Test
    void oddCount_isTheMiddleCase() {
        // 2, 2, 5, 9, 9 → 5
        assertThat(WeightedMedian.of(counts(2, 2L, 5, 1L, 9, 2L))).isEqualTo(5.0);
    }

    @Test
    void evenCount_isTheMeanOfTheTwoMiddleCases() {
        // 0, 10, 10, 20 → (10 + 10) / 2; 3, 8 → 5.5
        assertThat(WeightedMedian.of(counts(0, 1L, 10, 2L, 20, 1L))).isEqualTo(10.0);
        assertThat(WeightedMedian.of(counts(3, 1L, 8, 1L))).isEqualTo(5.5);
    }

    @Test
    void noCases_noMedian() {
        assertThat(WeightedMedian.of(new TreeMap<>())).isNull();
    }

    private static TreeMap<Integer, Long> counts(Object... pairs) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((Integer) pairs[i], (Long) pairs[i + 1]);
        }
        return counts;
    }
}
