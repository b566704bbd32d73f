// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deals {@code n} values in proportion to their weights (largest remainder, so the counts sum to {@code n} and each
 * is within one of its exact share), in a shuffled order: generated data then follows published shares exactly,
 * instead of drifting with the luck of random draws.
 */
final class Quotas {

    private Quotas() {
    }

    static <T> List<T> deal(Map<T, Double> weights, int n, Random random) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<T, Integer> counts = new LinkedHashMap<>();
        Map<T, Double> remainders = new LinkedHashMap<>();
        int dealt = 0;
        for (var entry : weights.entrySet()) {
            double exact = n * entry.getValue() / total;
            counts.put(entry.getKey(), (int) Math.floor(exact));
            remainders.put(entry.getKey(), exact - Math.floor(exact));
            dealt += (int) Math.floor(exact);
        }
        List<T> byRemainder = new ArrayList<>(weights.keySet());
        byRemainder.sort(Comparator.comparing((T key) -> remainders.get(key)).reversed());
        for (int i = 0; dealt < n; i++, dealt++) {
            T key = byRemainder.get(i % byRemainder.size());
            counts.merge(key, 1, Integer::sum);
        }
        List<T> values = new ArrayList<>(n);
        counts.forEach((value, count) -> values.addAll(Collections.nCopies(count, value)));
        Collections.shuffle(values, random);
        return values;
    }
}
