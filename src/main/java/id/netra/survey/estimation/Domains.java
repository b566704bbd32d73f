// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * Subpopulations for {@code svyby}-style estimates. Rows keep their place in the design: a domain only says which
 * rows score, so PSUs and strata without domain members still count (never a subset design).
 *
 * @param names  domain labels, sorted as R sorts factor levels
 * @param ofRow  domain index of each row, -1 for rows in no domain (a missing grouping value)
 * @param rows   row numbers of each domain, ascending
 */
public record Domains(String[] names, int[] ofRow, int[][] rows) {

    /** The whole sample as a single domain. */
    public static Domains whole(int rowCount) {
        int[] all = new int[rowCount];
        for (int i = 0; i < rowCount; i++) {
            all[i] = i;
        }
        return new Domains(new String[] {null}, new int[rowCount], new int[][] {all});
    }

    /** One domain per distinct value; null or blank values belong to none. */
    public static Domains of(String[] labels) {
        TreeMap<String, Integer> index = new TreeMap<>();
        for (String label : labels) {
            if (label != null && !label.isBlank()) {
                index.putIfAbsent(label, 0);
            }
        }
        String[] names = index.keySet().toArray(String[]::new);
        for (int g = 0; g < names.length; g++) {
            index.put(names[g], g);
        }
        int[] ofRow = new int[labels.length];
        int[] counts = new int[names.length];
        String last = null;
        int lastIndex = -1;
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            int g;
            if (label == null || label.isBlank()) {
                g = -1;
            } else if (label.equals(last)) {
                g = lastIndex;
            } else {
                g = index.get(label);
                last = label;
                lastIndex = g;
            }
            ofRow[i] = g;
            if (g >= 0) {
                counts[g]++;
            }
        }
        return fromIndex(names, ofRow, counts);
    }

    /** Domains from precomputed indices (0..names.length-1, or -1), for callers that already coded their rows. */
    public static Domains ofIndex(String[] names, int[] ofRow) {
        int[] counts = new int[names.length];
        for (int g : ofRow) {
            if (g >= 0) {
                counts[g]++;
            }
        }
        return fromIndex(names, ofRow.clone(), counts);
    }

    private static Domains fromIndex(String[] names, int[] ofRow, int[] counts) {
        int[][] rows = new int[names.length][];
        for (int g = 0; g < names.length; g++) {
            rows[g] = new int[counts[g]];
        }
        int[] fill = new int[names.length];
        for (int i = 0; i < ofRow.length; i++) {
            int g = ofRow[i];
            if (g >= 0) {
                rows[g][fill[g]++] = i;
            }
        }
        return new Domains(names, ofRow, rows);
    }

    public int size() {
        return names.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Domains other && Arrays.equals(names, other.names) && Arrays.equals(ofRow, other.ofRow);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ofRow);
    }

    @Override
    public String toString() {
        return "Domains" + Arrays.toString(names);
    }
}
