// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/**
 * The stratified delete-one-PSU jackknife of R's {@code as.svrepdesign(type="JKn")}, for a mean: a replicate drops one
 * PSU and reweights the rest of its stratum by n_h/(n_h−1); V = Σ_r (n_h−1)/n_h (θ_r − θ̄)², centred at the mean of
 * the replicates as R does by default ({@code survey.replicates.mse=FALSE}). Each replicate comes from PSU sums, so
 * the cost is one pass plus O(PSUs).
 */
public final class Jackknife {

    private Jackknife() {
    }

    public static double meanVariance(SurveyDesign design, double[] y) {
        int psus = design.psus();
        double[] wy = new double[psus];
        double[] w = new double[psus];
        for (int i = 0; i < design.n; i++) {
            if (!Double.isNaN(y[i])) {
                wy[design.psuOfRow[i]] += design.weights[i] * y[i];
                w[design.psuOfRow[i]] += design.weights[i];
            }
        }
        double totalWy = 0;
        double totalW = 0;
        for (int c = 0; c < psus; c++) {
            totalWy += wy[c];
            totalW += w[c];
        }
        double[] theta = new double[psus];
        double[] scale = new double[psus];
        int replicates = 0;
        for (int h = 0; h < design.strata(); h++) {
            int from = design.psuStart[h];
            int to = design.psuStart[h + 1];
            int nh = to - from;
            if (nh < 2) {
                continue;
            }
            double stratumWy = 0;
            double stratumW = 0;
            for (int c = from; c < to; c++) {
                stratumWy += wy[c];
                stratumW += w[c];
            }
            double up = nh / (nh - 1.0);
            for (int c = from; c < to; c++) {
                double rWy = totalWy - stratumWy + up * (stratumWy - wy[c]);
                double rW = totalW - stratumW + up * (stratumW - w[c]);
                theta[replicates] = rWy / rW;
                scale[replicates] = (nh - 1.0) / nh;
                replicates++;
            }
        }
        double centre = 0;
        for (int r = 0; r < replicates; r++) {
            centre += theta[r];
        }
        centre /= replicates;
        double v = 0;
        for (int r = 0; r < replicates; r++) {
            double d = theta[r] - centre;
            v += scale[r] * d * d;
        }
        return v;
    }
}
