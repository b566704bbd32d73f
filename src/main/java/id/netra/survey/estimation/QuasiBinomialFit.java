// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/**
 * The intercept-only quasi-binomial model that R's {@code svyciprop(method="logit")} fits with {@code svyglm}: the
 * same iteratively reweighted least squares as {@code glm.fit} (its starting values, logit link guards and
 * convergence rule |dev − dev_old| / (0.1 + |dev|) &lt; 1e-8), so the fitted log-odds agree with R to the last digits
 * instead of only to the convergence tolerance.
 *
 * <p>Only the first iteration needs the rows (each starts at its own (w·y + 0.5)/(w + 1)); afterwards every row
 * shares one linear predictor and the sums of w and w·y carry the fit.
 */
final class QuasiBinomialFit {

    private static final double THRESH = 30;
    private static final double EPSILON = 1e-8;
    private static final int MAX_ITERATIONS = 25;
    private static final double DBL_EPSILON = Math.ulp(1.0);
    private static final double INVEPS = 1 / DBL_EPSILON;

    /**
     * The fitted log-odds and proportion; the sums of prior weights and of prior weight · y that carry the deviance
     * at any log-odds; the Σ y log y part of the deviance (zero for 0/1 answers); and the sum of the working weights
     * of glm.fit's last least-squares step, whose inverse is {@code summary.glm}'s unscaled variance.
     */
    record Fit(double logOdds, double mu, double muEta, double sumPw, double sumPwY, double constant,
            double workingWeightSum, double meanWeight) {

        /** The binomial deviance Σ 2 pw [y log(y/μ) + (1−y) log((1−y)/(1−μ))] at these log-odds. */
        double deviance(double logOdds) {
            double mu = linkInverse(logOdds);
            return 2 * (constant - sumPwY * Math.log(mu) - (sumPw - sumPwY) * Math.log(1 - mu));
        }
    }

    private QuasiBinomialFit() {
    }

    /**
     * @param y        0/1 (or proportions) per row; NaN rows are skipped as glm's na.omit does
     * @param w        design weights
     * @param rows     the rows of the domain
     * @param meanWeight the mean weight R rescales the prior weights by (over the design's rows)
     */
    static Fit fit(double[] y, double[] w, int[] rows, double meanWeight) {
        double devOld = 0;
        double sumW2 = 0;
        double sumW2z = 0;
        double sumPw = 0;
        double sumPwY = 0;
        double constant = 0; // Σ pw·[y log y + (1-y) log(1-y)], zero for 0/1 data
        double cachedPw = Double.NaN;
        boolean[] cached = new boolean[2];
        double[][] cache = new double[2][3];
        double[] step = new double[3];
        for (int i : rows) {
            double yi = y[i];
            if (Double.isNaN(yi)) {
                continue;
            }
            double pw = w[i] / meanWeight;
            double[] c;
            if (yi == 0.0 || yi == 1.0) {
                // rows of a PSU usually share their weight: reuse the first step of the same (weight, answer)
                if (pw != cachedPw) {
                    cachedPw = pw;
                    cached[0] = false;
                    cached[1] = false;
                }
                int slot = (int) yi;
                c = cache[slot];
                if (!cached[slot]) {
                    firstStep(yi, pw, c);
                    cached[slot] = true;
                }
            } else {
                c = step;
                firstStep(yi, pw, c);
                // y log y + (1-y) log(1-y) is exactly zero for 0/1 answers: only proportions add to it
                constant += pw * (yLogY(yi, 1) + yLogY(1 - yi, 1));
            }
            double dev = c[0];
            double w2 = c[1];
            double w2z = c[2];
            devOld += dev;
            sumW2 += w2;
            sumW2z += w2z;
            sumPw += pw;
            sumPwY += pw * yi;
        }
        double beta = sumW2z / sumW2;
        double workingWeightSum = sumW2;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            if (iteration > 1) {
                double mu = linkInverse(beta);
                double muEta = muEta(beta);
                workingWeightSum = sumPw * muEta * muEta / (mu * (1 - mu));
                // every row now has the same working weight, so the weighted mean of z_i = eta + (y_i - mu)/muEta
                beta = beta + (sumPwY - mu * sumPw) / (muEta * sumPw);
            }
            double mu = linkInverse(beta);
            double dev = 2 * (constant - sumPwY * Math.log(mu) - (sumPw - sumPwY) * Math.log(1 - mu));
            if (Math.abs(dev - devOld) / (0.1 + Math.abs(dev)) < EPSILON) {
                break;
            }
            devOld = dev;
        }
        return new Fit(beta, linkInverse(beta), muEta(beta), sumPw, sumPwY, constant, workingWeightSum, meanWeight);
    }

    /** glm.fit's first iteration for one row: its deviance at the start, working weight and weighted response. */
    private static void firstStep(double yi, double pw, double[] out) {
        double m = (pw * yi + 0.5) / (pw + 1);
        double eta = Math.log(m / (1 - m));
        double muEta = muEta(eta);
        double z = eta + (yi - m) / muEta;
        double w2 = pw * muEta * muEta / (m * (1 - m));
        out[0] = 2 * pw * (yLogY(yi, m) + yLogY(1 - yi, 1 - m));
        out[1] = w2;
        out[2] = w2 * z;
    }

    static double linkInverse(double eta) {
        double tmp = eta < -THRESH ? DBL_EPSILON : eta > THRESH ? INVEPS : Math.exp(eta);
        return tmp / (1 + tmp);
    }

    static double muEta(double eta) {
        double opexp = 1 + Math.exp(eta);
        return eta > THRESH || eta < -THRESH ? DBL_EPSILON : Math.exp(eta) / (opexp * opexp);
    }

    private static double yLogY(double y, double mu) {
        return y != 0.0 ? y * Math.log(y / mu) : 0.0;
    }
}
