// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stratified, clustered, weighted sample design, as R's {@code svydesign(ids=, strata=, weights=, fpc=, nest=)}
 * builds it: one stage ("ultimate cluster"), PSUs drawn with replacement unless a finite population correction is
 * given. Rows are respondents; everything is held in primitive arrays indexed by row, PSU or stratum.
 */
public final class SurveyDesign {

    final int n;
    final double[] weights;
    final int[] stratumOfRow;
    final int[] psuOfRow;
    /** PSUs are numbered stratum by stratum: those of stratum h are psuStart[h] .. psuStart[h+1]-1. */
    final int[] psuStart;
    /** (1 - f_h): 1 without a finite population correction. */
    final double[] fpcScale;
    final String[] stratumNames;
    final LonelyPsu lonelyPsu;
    /** Post-stratifications and rakings applied, in order; their projections enter the variance. */
    final List<Calibration> calibrations;

    private SurveyDesign(int n, double[] weights, int[] stratumOfRow, int[] psuOfRow, int[] psuStart,
            double[] fpcScale, String[] stratumNames, LonelyPsu lonelyPsu, List<Calibration> calibrations) {
        this.n = n;
        this.weights = weights;
        this.stratumOfRow = stratumOfRow;
        this.psuOfRow = psuOfRow;
        this.psuStart = psuStart;
        this.fpcScale = fpcScale;
        this.stratumNames = stratumNames;
        this.lonelyPsu = lonelyPsu;
        this.calibrations = calibrations;
    }

    public static Builder builder(int rows) {
        return new Builder(rows);
    }

    public int rows() {
        return n;
    }

    public int strata() {
        return stratumNames.length;
    }

    public int psus() {
        return psuStart[psuStart.length - 1];
    }

    /** R's {@code degf()}: PSUs minus strata. */
    public int degreesOfFreedom() {
        return psus() - strata();
    }

    public double weight(int row) {
        return weights[row];
    }

    public double[] weights() {
        return weights.clone();
    }

    public LonelyPsu lonelyPsu() {
        return lonelyPsu;
    }

    public boolean calibrated() {
        return !calibrations.isEmpty();
    }

    int psusInStratum(int h) {
        return psuStart[h + 1] - psuStart[h];
    }

    /** The same design with other weights and one more calibration step (post-stratification or raking). */
    SurveyDesign calibratedWith(double[] newWeights, Calibration calibration) {
        List<Calibration> all = new ArrayList<>(calibrations);
        all.add(calibration);
        return new SurveyDesign(n, newWeights, stratumOfRow, psuOfRow, psuStart, fpcScale, stratumNames, lonelyPsu,
                List.copyOf(all));
    }

    /** The same design under another lonely-PSU policy. */
    public SurveyDesign withLonelyPsu(LonelyPsu policy) {
        return new SurveyDesign(n, weights, stratumOfRow, psuOfRow, psuStart, fpcScale, stratumNames, policy,
                calibrations);
    }

    /** Collects the design columns; {@link #build()} checks them. */
    public static final class Builder {
        private final int rows;
        private double[] weights;
        private String[] strata;
        private String[] clusters;
        private double[] fpc;
        private boolean nest;
        private LonelyPsu lonelyPsu = LonelyPsu.FAIL;

        private Builder(int rows) {
            if (rows < 1) {
                throw new DesignException("Desain survei membutuhkan sedikitnya satu responden.");
            }
            this.rows = rows;
        }

        /** Sampling weights (inverse inclusion probabilities); all 1 when not given. */
        public Builder weights(double[] weights) {
            this.weights = checkLength(weights, "bobot");
            return this;
        }

        public Builder strata(String[] strata) {
            this.strata = checkLength(strata, "strata");
            return this;
        }

        /** PSU identifiers; without them every respondent is its own PSU. */
        public Builder clusters(String[] clusters) {
            this.clusters = checkLength(clusters, "klaster");
            return this;
        }

        /**
         * Finite population correction per row, as R reads {@code fpc=}: a number of PSUs in the stratum's
         * population, or a sampling fraction when every value is at most 1.
         */
        public Builder fpc(double[] fpc) {
            this.fpc = checkLength(fpc, "fpc");
            return this;
        }

        /** PSU identifiers are unique only within their stratum (R's {@code nest=TRUE}). */
        public Builder nest(boolean nest) {
            this.nest = nest;
            return this;
        }

        public Builder lonelyPsu(LonelyPsu policy) {
            this.lonelyPsu = policy;
            return this;
        }

        private <T> T checkLength(T column, String name) {
            if (column != null && java.lang.reflect.Array.getLength(column) != rows) {
                throw new DesignException("Kolom " + name + " harus memiliki " + rows + " baris.");
            }
            return column;
        }

        public SurveyDesign build() {
            double[] w = weights == null ? filled(1.0) : weights.clone();
            for (int i = 0; i < rows; i++) {
                if (!(w[i] > 0) || Double.isInfinite(w[i])) {
                    throw new DesignException("Bobot baris " + (i + 1) + " harus berupa angka positif.");
                }
            }
            TreeMap<String, Integer> strataIndex = new TreeMap<>();
            if (strata != null) {
                for (String s : strata) {
                    strataIndex.putIfAbsent(required(s, "strata"), 0);
                }
            } else {
                strataIndex.put("1", 0);
            }
            String[] names = strataIndex.keySet().toArray(String[]::new);
            for (int h = 0; h < names.length; h++) {
                strataIndex.put(names[h], h);
            }
            int[] stratumOfRow = new int[rows];
            for (int i = 0; i < rows; i++) {
                stratumOfRow[i] = strata == null ? 0 : strataIndex.get(strata[i]);
            }
            // PSU keys: within a stratum when nested, globally otherwise (then a PSU in two strata is an error).
            List<TreeMap<String, Integer>> psuByStratum = new ArrayList<>();
            for (int h = 0; h < names.length; h++) {
                psuByStratum.add(new TreeMap<>());
            }
            Map<String, Integer> stratumOfPsu = new HashMap<>();
            for (int i = 0; i < rows; i++) {
                String id = clusters == null ? Integer.toString(i) : required(clusters[i], "klaster");
                int h = stratumOfRow[i];
                if (!nest && clusters != null) {
                    Integer seen = stratumOfPsu.putIfAbsent(id, h);
                    if (seen != null && seen != h) {
                        throw new DesignException("Klaster " + id + " muncul di lebih dari satu strata; "
                                + "gunakan klaster bersarang (nest) bila kode klaster hanya unik di dalam strata.");
                    }
                }
                psuByStratum.get(h).putIfAbsent(id, 0);
            }
            int[] psuStart = new int[names.length + 1];
            for (int h = 0; h < names.length; h++) {
                TreeMap<String, Integer> psus = psuByStratum.get(h);
                int k = psuStart[h];
                for (Map.Entry<String, Integer> e : psus.entrySet()) {
                    e.setValue(k++);
                }
                psuStart[h + 1] = k;
            }
            int[] psuOfRow = new int[rows];
            for (int i = 0; i < rows; i++) {
                String id = clusters == null ? Integer.toString(i) : clusters[i];
                psuOfRow[i] = psuByStratum.get(stratumOfRow[i]).get(id);
            }
            double[] fpcScale = fpcScale(names, stratumOfRow, psuStart);
            return new SurveyDesign(rows, w, stratumOfRow, psuOfRow, psuStart, fpcScale, names, lonelyPsu,
                    List.of());
        }

        private double[] fpcScale(String[] names, int[] stratumOfRow, int[] psuStart) {
            double[] scale = new double[names.length];
            Arrays.fill(scale, 1.0);
            if (fpc == null) {
                return scale;
            }
            boolean fractions = true;
            for (double f : fpc) {
                if (!(f > 0)) {
                    throw new DesignException("Nilai koreksi populasi hingga (fpc) harus positif.");
                }
                fractions &= f <= 1;
            }
            double[] perStratum = new double[names.length];
            Arrays.fill(perStratum, Double.NaN);
            for (int i = 0; i < rows; i++) {
                int h = stratumOfRow[i];
                if (Double.isNaN(perStratum[h])) {
                    perStratum[h] = fpc[i];
                } else if (perStratum[h] != fpc[i]) {
                    throw new DesignException("Nilai fpc harus sama di dalam strata " + names[h] + ".");
                }
            }
            for (int h = 0; h < names.length; h++) {
                int sampled = psuStart[h + 1] - psuStart[h];
                double population = fractions ? sampled / perStratum[h] : perStratum[h];
                if (population < sampled) {
                    throw new DesignException("Strata " + names[h] + " memiliki lebih banyak PSU dalam sampel ("
                            + sampled + ") daripada dalam populasi (fpc " + perStratum[h] + ").");
                }
                scale[h] = (population - sampled) / population;
            }
            return scale;
        }

        private double[] filled(double value) {
            double[] a = new double[rows];
            Arrays.fill(a, value);
            return a;
        }

        private static String required(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new DesignException("Kolom " + what + " tidak boleh kosong.");
            }
            return value;
        }
    }
}
