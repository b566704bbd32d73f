// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.query;

import java.util.Map;
import java.util.NavigableMap;

/**
 * The median of values given as counts per value (the rollup keeps "so many cases took 12 days", not each case):
 * the middle value, or the mean of the two middle values for an even count, as the case-level median would be.
 */
final class WeightedMedian {

    private WeightedMedian() {
    }

    /** @return {@code null} for no values */
    static Double of(NavigableMap<Integer, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Integer lower = nth(counts, (n - 1) / 2);
        Integer upper = nth(counts, n / 2);
        return (lower + upper) / 2.0;
    }

    /** The value at 0-based position {@code index} in sorted order. */
    private static Integer nth(NavigableMap<Integer, Long> counts, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("index beyond the counts");
    }
}
