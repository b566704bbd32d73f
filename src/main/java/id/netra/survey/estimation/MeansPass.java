// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.Arrays;

/**
 * {@code svymean} / {@code svyby(..., svymean)} of several variables of an uncalibrated design (variables
 * {@code from..to-1} of {@code ys}): one pass over each domain's rows, reading a row's weight and PSU once and adding
 * w·y for every variable to its PSU's sums. The linearised score's PSU totals follow as (Σ_c w y − θ Σ_c w) / Σ w,
 * and are only formed in the strata the domain reaches (the only ones its variance reads).
 *
 * <p>Each pass owns its sums, so passes over disjoint variables can run on different threads.
 */
final class MeansPass implements Runnable {

    private final SurveyDesign design;
    private final double[][] ys;
    private final int from;
    private final int to;
    private final Domains domains;
    private final Estimate[][] out;

    MeansPass(SurveyDesign design, double[][] ys, int from, int to, Domains domains, Estimate[][] out) {
        this.design = design;
        this.ys = ys;
        this.from = from;
        this.to = to;
        this.domains = domains;
        this.out = out;
    }

    @Override
    public void run() {
        int k = to - from;
        if (k == 0) {
            return;
        }
        int psus = design.psus();
        double[] w = design.weights;
        int[] psu = design.psuOfRow;
        int[] stratum = design.stratumOfRow;
        double[][] y = Arrays.copyOfRange(ys, from, to);
        // [psu * k + variable]: a row's k sums sit side by side
        double[] wyByPsu = new double[psus * k];
        double[] wByPsu = new double[psus];
        boolean[] psuSeen = new boolean[psus];
        boolean[] stratumSeen = new boolean[design.strata()];
        double[][] missingW = null;
        double[] z = new double[psus];
        double[] swy = new double[k];
        double[] missingSw = new double[k];
        int[] missingN = new int[k];
        for (int g = 0; g < domains.size(); g++) {
            // the PSU sums were cleared after the previous domain, in the strata it reached
            Arrays.fill(psuSeen, false);
            Arrays.fill(stratumSeen, false);
            Arrays.fill(swy, 0.0);
            Arrays.fill(missingSw, 0.0);
            Arrays.fill(missingN, 0);
            double sw = 0;
            int[] rows = domains.rows()[g];
            for (int i : rows) {
                int c = psu[i];
                double wi = w[i];
                psuSeen[c] = true;
                stratumSeen[stratum[i]] = true;
                wByPsu[c] += wi;
                sw += wi;
                int base = c * k;
                for (int j = 0; j < k; j++) {
                    double yi = y[j][i];
                    if (yi != yi) {
                        // not answered: out of this variable's estimate (na.rm), as in Estimator.mean
                        if (missingW == null) {
                            missingW = new double[k][psus];
                        }
                        missingW[j][c] += wi;
                        missingSw[j] += wi;
                        missingN[j]++;
                        continue;
                    }
                    double wy = wi * yi;
                    wyByPsu[base + j] += wy;
                    swy[j] += wy;
                }
            }
            int df = count(psuSeen) - count(stratumSeen);
            for (int j = 0; j < k; j++) {
                int answered = rows.length - missingN[j];
                if (answered == 0) {
                    out[from + j][g] = new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, df);
                    continue;
                }
                double swx = sw - missingSw[j];
                double theta = swy[j] / swx;
                for (int h = 0; h < stratumSeen.length; h++) {
                    if (!stratumSeen[h]) {
                        continue;
                    }
                    for (int c = design.psuStart[h]; c < design.psuStart[h + 1]; c++) {
                        double wx = missingW == null ? wByPsu[c] : wByPsu[c] - missingW[j][c];
                        z[c] = (wyByPsu[c * k + j] - theta * wx) / swx;
                    }
                }
                double variance = UltimateCluster.variance(design, z, stratumSeen);
                out[from + j][g] = new Estimate(theta, variance, Double.NaN, Double.NaN, answered, swx, df);
            }
            for (int h = 0; h < stratumSeen.length; h++) {
                if (stratumSeen[h]) {
                    int first = design.psuStart[h];
                    int end = design.psuStart[h + 1];
                    Arrays.fill(wyByPsu, first * k, end * k, 0.0);
                    Arrays.fill(wByPsu, first, end, 0.0);
                    if (missingW != null) {
                        for (double[] m : missingW) {
                            Arrays.fill(m, first, end, 0.0);
                        }
                    }
                }
            }
        }
    }

    private static int count(boolean[] flags) {
        int k = 0;
        for (boolean f : flags) {
            if (f) {
                k++;
            }
        }
        return k;
    }
}
