// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * svyciprop(method="likelihood"): the profile-likelihood interval of the intercept-only quasi-binomial model, as
 * {@code confint.svyglm(method="likelihood")} computes it (Lumley and Scott's design-based likelihood-ratio).
 *
 * <p>The profiled deviance is scaled by the dispersion (the design variance of the Pearson residuals) and the
 * nominal level is widened by λ, the ratio of the design variance of the log-odds to the model-based one. The
 * deviance is stepped out from the estimate in steps of (zmax/5)·SE, at most nine a side until its signed root passes
 * zmax, then an "fmm" cubic spline through the points is evaluated on 3·points equally spaced log-odds and inverted by
 * linear interpolation at the normal quantiles of the widened level, all as R's {@code spline} and {@code approx} do.
 */
final class ProfileLikelihood {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final int MAX_STEPS = 10;

    private ProfileLikelihood() {
    }

    /**
     * @param fit        the quasi-binomial fit
     * @param variance   the design variance of its log-odds
     * @param dispersion the design variance of its Pearson residuals ({@code svyvar})
     * @param rows       the model's rows (answered)
     * @param df         the design degrees of freedom
     */
    static Interval interval(QuasiBinomialFit.Fit fit, double variance, double dispersion, int rows, double df,
            double level) {
        if (!(df > 0) || rows < 2 || !(variance > 0) || !(dispersion > 0)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double se = Math.sqrt(variance);
        double lambda = variance * fit.workingWeightSum();
        double t = Double.isInfinite(df) ? STANDARD_NORMAL.inverseCumulativeProbability((1 - level) / 2)
                : TDistribution.of(df).inverseCumulativeProbability((1 - level) / 2);
        double alpha = STANDARD_NORMAL.cumulativeProbability(t * Math.sqrt(lambda)) / 2;
        double zmax = Math.sqrt(FDistribution.of(1, rows - 1).inverseSurvivalProbability(alpha));
        double del = zmax / 5;
        double b0 = fit.logOdds();
        double deviance0 = fit.deviance(b0);

        List<double[]> points = new ArrayList<>();
        points.add(new double[] {b0, 0});
        for (int sign = -1; sign <= 1; sign += 2) {
            double z = 0;
            for (int step = 1; step < MAX_STEPS && Math.abs(z) < zmax; step++) {
                double b = b0 + sign * step * del * se;
                double zz = (fit.deviance(b) - deviance0) / dispersion;
                if (zz <= -0.001) {
                    throw new DesignException("Profil likelihood menemukan nilai yang lebih baik dari estimasi; "
                            + "model tidak konvergen.");
                }
                z = sign * Math.sqrt(Math.max(zz, 0));
                points.add(new double[] {b, z});
            }
        }
        points.sort((p, q) -> Double.compare(p[0], q[0]));
        int m = points.size();
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        double[] grid = sequence(x[0], x[m - 1], 3 * m);
        double[] curve = FmmSpline.of(x, y).evaluate(grid);
        double unscaled = 2 * alpha;
        double lower = invert(curve, grid, STANDARD_NORMAL.inverseCumulativeProbability(unscaled));
        double upper = invert(curve, grid, STANDARD_NORMAL.inverseSurvivalProbability(unscaled));
        return new Interval(Intervals.expit(lower), Intervals.expit(upper));
    }

    /** R's {@code seq.int(from, to, length.out=n)}: filled from both ends towards the middle. */
    static double[] sequence(double from, double to, int n) {
        double[] out = new double[n];
        out[0] = from;
        if (n > 1) {
            out[n - 1] = to;
        }
        if (n > 2) {
            double by = (to - from) / (n - 1);
            for (int i = 1; i < n - 1; i++) {
                out[i] = i < n / 2 ? from + i * by : to - (n - 1 - i) * by;
            }
        }
        return out;
    }

    /** R's {@code approx(x, y, xout=v)$y}: x sorted first (stably), linear between neighbours, NaN outside. */
    static double invert(double[] xs, double[] ys, double v) {
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
        double[] x = new double[xs.length];
        double[] y = new double[xs.length];
        for (int i = 0; i < order.length; i++) {
            x[i] = xs[order[i]];
            y[i] = ys[order[i]];
        }
        int i = 0;
        int j = x.length - 1;
        if (v < x[i] || v > x[j]) {
            return Double.NaN;
        }
        while (i < j - 1) {
            int ij = (i + j) / 2;
            if (v < x[ij]) {
                j = ij;
            } else {
                i = ij;
            }
        }
        if (v == x[j]) {
            return y[j];
        }
        if (v == x[i]) {
            return y[i];
        }
        return y[i] + (y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i]));
    }
}
