// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.compliance;

import java.util.List;

/** Median and nearest-rank percentiles of small samples; {@code null} for an empty sample. */
final class Percentiles {

    private Percentiles() {
    }

    static Double median(List<Integer> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The smallest value with at least {@code p}% of the sample at or below it. */
    static Integer nearestRank(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
