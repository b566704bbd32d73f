// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/**
 * The design variance of linearised scores summed to PSU totals: V = Σ_h (1 - f_h) n_h/(n_h - 1) Σ_c (Z_hc - Z̄_h)²,
 * with the lonely-PSU policies of R's {@code onestrat}/{@code onestage}.
 */
final class UltimateCluster {

    private UltimateCluster() {
    }

    /** Variance of one score, given its totals per PSU (index = PSU number of the design). */
    static double variance(SurveyDesign design, double[] psuTotals) {
        return variance(design, psuTotals, null);
    }

    /**
     * @param present the strata a domain reaches, or null for all: R estimates a domain of an uncalibrated design on
     *                the subset of its rows, so strata without domain rows neither fail nor count for "average"
     */
    static double variance(SurveyDesign design, double[] psuTotals, boolean[] present) {
        double[][] v = covariance(design, new double[][] {psuTotals}, present);
        return v[0][0];
    }

    /** Variance of one score given per row: sums it to PSU totals first. */
    static double varianceOfRowScores(SurveyDesign design, double[] rowScores) {
        return variance(design, psuTotals(design, rowScores));
    }

    static double[] psuTotals(SurveyDesign design, double[] rowScores) {
        double[] totals = new double[design.psus()];
        int[] psu = design.psuOfRow;
        for (int i = 0; i < rowScores.length; i++) {
            totals[psu[i]] += rowScores[i];
        }
        return totals;
    }

    /**
     * Covariance matrix of k scores, each given as totals per PSU. Strata with a single PSU follow the design's
     * lonely-PSU policy.
     */
    static double[][] covariance(SurveyDesign design, double[][] psuTotals) {
        return covariance(design, psuTotals, null);
    }

    static double[][] covariance(SurveyDesign design, double[][] psuTotals, boolean[] present) {
        int k = psuTotals.length;
        double[][] sum = new double[k][k];
        int strata = 0;
        int usable = 0;
        double[] centred = new double[k];
        double[][] stratum = new double[k][k];
        for (int h = 0; h < design.strata(); h++) {
            if (present != null && !present[h]) {
                continue;
            }
            strata++;
            int from = design.psuStart[h];
            int to = design.psuStart[h + 1];
            int nh = to - from;
            for (double[] row : stratum) {
                java.util.Arrays.fill(row, 0.0);
            }
            if (nh > 1) {
                double[] mean = new double[k];
                for (int j = 0; j < k; j++) {
                    double s = 0;
                    for (int c = from; c < to; c++) {
                        s += psuTotals[j][c];
                    }
                    mean[j] = s / nh;
                }
                for (int c = from; c < to; c++) {
                    for (int j = 0; j < k; j++) {
                        centred[j] = psuTotals[j][c] - mean[j];
                    }
                    accumulate(stratum, centred);
                }
                double scale = design.fpcScale[h] * nh / (nh - 1.0);
                addScaled(sum, stratum, scale);
                usable++;
                continue;
            }
            switch (design.lonelyPsu) {
                case FAIL -> throw DesignException.lonelyPsu(lonelyStrata(design, present));
                case REMOVE, CERTAINTY -> usable++;
                case ADJUST -> {
                    // R leaves the lonely PSU's total uncentred: centred at zero, which for a mean's scores (summing
                    // to zero over the sample) is the grand mean
                    for (int j = 0; j < k; j++) {
                        centred[j] = psuTotals[j][from];
                    }
                    accumulate(stratum, centred);
                    addScaled(sum, stratum, design.fpcScale[h]);
                    usable++;
                }
                case AVERAGE -> {
                    // left out here; the other strata's total is scaled up below
                }
            }
        }
        if (usable < strata) {
            // with no stratum left to average over, R's 0 · strata/0 is NaN: the variance is unknown
            double factor = usable == 0 ? Double.NaN : (double) strata / usable;
            for (double[] row : sum) {
                for (int j = 0; j < k; j++) {
                    row[j] *= factor;
                }
            }
        }
        return sum;
    }

    /** Every stratum (among those present) with a single PSU, by name. */
    private static java.util.List<String> lonelyStrata(SurveyDesign design, boolean[] present) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int h = 0; h < design.strata(); h++) {
            if ((present == null || present[h]) && design.psuStart[h + 1] - design.psuStart[h] == 1) {
                names.add(design.stratumNames[h]);
            }
        }
        return names;
    }

    private static void accumulate(double[][] target, double[] x) {
        int k = x.length;
        for (int a = 0; a < k; a++) {
            double xa = x[a];
            for (int b = 0; b < k; b++) {
                target[a][b] += xa * x[b];
            }
        }
    }

    private static void addScaled(double[][] target, double[][] add, double scale) {
        for (int a = 0; a < target.length; a++) {
            for (int b = 0; b < target.length; b++) {
                target[a][b] += add[a][b] * scale;
            }
        }
    }
}
