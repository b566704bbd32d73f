// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Taylor-linearisation estimates on a {@link SurveyDesign}, equal to R's {@code svymean}, {@code svytotal},
 * {@code svyratio} and {@code svyby}. A missing value (NaN) leaves its row out of that variable's estimate the way
 * {@code na.rm=TRUE} does: the row stays in the design with a zero score.
 *
 * <p>Each estimate is one pass over the domain's rows that sums w·y and w·x per PSU; the scores' PSU totals follow as
 * (Σ_c w y − θ Σ_c w x) / Σ w x, so nothing of size n is allocated unless the design is calibrated.
 */
public final class Estimator {

    private enum Kind { MEAN, TOTAL, RATIO }

    /** Rows × variables above which {@link #means} splits the variables over the cores. */
    private static final long PARALLEL_CELLS = 2_000_000;

    private final SurveyDesign design;
    private final boolean withDeff;
    private final double[] sumWy;
    private final double[] sumWx;
    private final boolean[] psuSeen;
    private final boolean[] stratumSeen;

    public Estimator(SurveyDesign design) {
        this(design, true);
    }

    /** @param withDeff compute design effects (one more pass over each domain's rows) */
    public Estimator(SurveyDesign design, boolean withDeff) {
        this.design = design;
        this.withDeff = withDeff;
        this.sumWy = new double[design.psus()];
        this.sumWx = new double[design.psus()];
        this.psuSeen = new boolean[design.psus()];
        this.stratumSeen = new boolean[design.strata()];
    }

    public SurveyDesign design() {
        return design;
    }

    /** {@code svymean(~y)}: the weighted mean (a proportion for a 0/1 variable). */
    public Estimate mean(double[] y) {
        return mean(y, Domains.whole(design.n))[0];
    }

    /** {@code svyby(~y, ~domain, svymean)}: one estimate per domain. */
    public Estimate[] mean(double[] y, Domains domains) {
        return estimate(Kind.MEAN, y, null, domains);
    }

    /**
     * {@code svymean(~y1 + ... + yk)} and its {@code svyby}: several variables in one pass over each domain's rows,
     * reading each row's weight and PSU once. Estimates equal those of {@link #mean(double[], Domains)}, which
     * calibrated designs and design effects fall back to. Result: [variable][domain].
     */
    public Estimate[][] means(double[][] ys, Domains domains) {
        int k = ys.length;
        Estimate[][] out = new Estimate[k][domains.size()];
        if (design.calibrated() || withDeff) {
            for (int j = 0; j < k; j++) {
                out[j] = mean(ys[j], domains);
            }
            return out;
        }
        for (double[] y : ys) {
            if (y.length != design.n) {
                throw new DesignException("Panjang variabel tidak sama dengan jumlah responden dalam desain.");
            }
        }
        // large requests are split by variable over the cores: each share reads the rows once with its own sums
        int shares = (long) design.n * k >= PARALLEL_CELLS
                ? Math.min(k, Runtime.getRuntime().availableProcessors()) : 1;
        if (shares <= 1) {
            new MeansPass(design, ys, 0, k, domains, out).run();
        } else {
            IntStream.range(0, shares).parallel()
                    .forEach(t -> new MeansPass(design, ys, t * k / shares, (t + 1) * k / shares, domains, out).run());
        }
        return out;
    }

    public Estimate total(double[] y) {
        return total(y, Domains.whole(design.n))[0];
    }

    public Estimate[] total(double[] y, Domains domains) {
        return estimate(Kind.TOTAL, y, null, domains);
    }

    /** {@code svyratio(~y, ~x)}: Σ w y / Σ w x, e.g. the "% of responses" of a multi-select choice. */
    public Estimate ratio(double[] y, double[] x) {
        return ratio(y, x, Domains.whole(design.n))[0];
    }

    public Estimate[] ratio(double[] y, double[] x, Domains domains) {
        return estimate(Kind.RATIO, y, x, domains);
    }

    /**
     * {@code svyciprop(~y, method=)} for the whole sample, or within each domain as {@code svyby(..., svyciprop)}
     * does it: on the domain's own degrees of freedom.
     */
    public Interval[] proportionIntervals(double[] y, Domains domains, CiMethod method, double level) {
        if (y.length != design.n) {
            throw new DesignException("Panjang variabel tidak sama dengan jumlah responden dalam desain.");
        }
        boolean whole = domains.size() == 1 && domains.names()[0] == null;
        if (method == CiMethod.LOGIT || method == CiMethod.LIKELIHOOD) {
            // these need no svymean: the model's own pass gives the PSU sums and the domain's df
            Interval[] out = new Interval[domains.size()];
            for (int g = 0; g < out.length; g++) {
                int[] rows = domains.rows()[g];
                out[g] = method == CiMethod.LOGIT ? logit(y, rows, level, whole) : likelihood(y, rows, level, whole);
            }
            return out;
        }
        Estimate[] estimates = mean(y, domains);
        Interval[] out = new Interval[estimates.length];
        for (int g = 0; g < out.length; g++) {
            Estimate e = estimates[g];
            int df = whole ? design.degreesOfFreedom() : e.degreesOfFreedom();
            int rows = design.calibrated() ? design.n : domains.rows()[g].length;
            out[g] = switch (method) {
                case WALD_Z -> Intervals.wald(e, level, Double.POSITIVE_INFINITY);
                case WALD_T, MEAN -> Intervals.wald(e, level, df);
                case XLOGIT -> Intervals.xlogit(e, level, df);
                case ASIN -> Intervals.asin(e, level, df);
                case BETA -> Intervals.kornGraubard(e, level, df, rows);
                case LOGIT, LIKELIHOOD -> throw new IllegalStateException("handled above");
            };
        }
        return out;
    }

    /** The quasi-binomial fit of a domain, the design variance of its log-odds and the degrees of freedom. */
    private record LogitModel(QuasiBinomialFit.Fit fit, double variance, int df) {
    }

    /**
     * The model behind svyciprop's "logit" and "likelihood". One pass over the domain's rows sums the weights (R
     * rescales the prior weights by their mean), w and w·y per PSU of the answered rows and the PSUs and strata
     * reached; a second pass is glm.fit's first iteration, which starts each row at its own value. The score of a row
     * is w (y − μ) / (μ'·Σw), so its PSU totals come from the PSU sums without a per-row array, unless the design is
     * calibrated.
     */
    private LogitModel logitModel(double[] y, int[] rows, boolean whole) {
        double[] w = design.weights;
        int[] psu = design.psuOfRow;
        int[] stratum = design.stratumOfRow;
        int psus = design.psus();
        double[] wByPsu = new double[psus];
        double[] wyByPsu = new double[psus];
        boolean[] seen = new boolean[psus];
        boolean[] present = new boolean[design.strata()];
        double sumW = 0;
        double answeredWeight = 0;
        for (int i : rows) {
            double wi = w[i];
            int c = psu[i];
            sumW += wi;
            seen[c] = true;
            present[stratum[i]] = true;
            double yi = y[i];
            if (yi == yi) {
                answeredWeight += wi;
                wByPsu[c] += wi;
                wyByPsu[c] += wi * yi;
            }
        }
        int df = whole ? design.degreesOfFreedom() : countTrue(seen) - countTrue(present);
        // R rescales the prior weights by their mean over the design's rows: the domain's rows, or all rows of a
        // calibrated design, whose out-of-domain rows keep a zero weight
        double meanWeight = design.calibrated() ? sumW / design.n : sumW / rows.length;
        QuasiBinomialFit.Fit fit = QuasiBinomialFit.fit(y, w, rows, meanWeight);
        double scale = fit.muEta() * answeredWeight;
        double variance;
        if (design.calibrated()) {
            double[] score = new double[design.n];
            for (int i : rows) {
                if (!Double.isNaN(y[i])) {
                    score[i] = w[i] * (y[i] - fit.mu()) / scale;
                }
            }
            for (Calibration calibration : design.calibrations) {
                calibration.project(score);
            }
            variance = UltimateCluster.variance(design, UltimateCluster.psuTotals(design, score));
        } else {
            double[] z = new double[psus];
            for (int c = 0; c < psus; c++) {
                z[c] = (wyByPsu[c] - fit.mu() * wByPsu[c]) / scale;
            }
            variance = UltimateCluster.variance(design, z, present);
        }
        return new LogitModel(fit, variance, df);
    }

    private Interval logit(double[] y, int[] rows, double level, boolean whole) {
        LogitModel model = logitModel(y, rows, whole);
        return Intervals.onLogOdds(model.fit().logOdds(), Math.sqrt(model.variance()), level, model.df());
    }

    /**
     * svyciprop(method="likelihood"): the profile likelihood of the same model. Its deviance is scaled by R's
     * {@code svyvar} of the Pearson residuals over the model's rows (the answered ones; a calibrated design keeps
     * every row in the model, those outside the domain with a zero weight).
     */
    private Interval likelihood(double[] y, int[] rows, double level, boolean whole) {
        LogitModel model = logitModel(y, rows, whole);
        QuasiBinomialFit.Fit fit = model.fit();
        double[] w = design.weights;
        double sumW = 0;
        int answered = 0;
        for (int i : rows) {
            if (y[i] == y[i]) {
                sumW += w[i];
                if (w[i] != 0) {
                    answered++;
                }
            }
        }
        int modelRows = answered;
        if (design.calibrated()) {
            modelRows = 0;
            for (double yi : y) {
                if (yi == yi) {
                    modelRows++;
                }
            }
        }
        // residuals.svyglm divides the prior weights (rescaled over all the design's rows) by the weights rescaled
        // over the answered rows: with answers missing, every residual carries the ratio of the two means
        double ratio = (sumW / modelRows) / fit.meanWeight();
        double mu = fit.mu();
        double sd = Math.sqrt(mu * (1 - mu));
        double sumWr = 0;
        for (int i : rows) {
            if (y[i] == y[i]) {
                sumWr += w[i] * ((y[i] - mu) * Math.sqrt(ratio) / sd);
            }
        }
        double rBar = sumWr / sumW;
        double sumWv = 0;
        for (int i : rows) {
            if (y[i] == y[i]) {
                double r = (y[i] - mu) * Math.sqrt(ratio) / sd - rBar;
                sumWv += w[i] * (r * r * answered / (answered - 1.0));
            }
        }
        double dispersion = sumWv / sumW;
        return ProfileLikelihood.interval(fit, model.variance(), dispersion, modelRows, model.df(), level);
    }

    /** A single-choice variable as R's factor: its levels, sorted, each level's rows coded 1 and the others 0. */
    public static String[] levels(String[] values) {
        TreeSet<String> levels = new TreeSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                levels.add(v);
            }
        }
        return levels.toArray(String[]::new);
    }

    /** The 0/1 indicator of one level; NaN where the variable is missing. */
    public static double[] indicator(String[] values, String level) {
        double[] y = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            y[i] = v == null || v.isBlank() ? Double.NaN : v.equals(level) ? 1.0 : 0.0;
        }
        return y;
    }

    private Estimate[] estimate(Kind kind, double[] y, double[] x, Domains domains) {
        if (y.length != design.n || (x != null && x.length != design.n)) {
            throw new DesignException("Panjang variabel tidak sama dengan jumlah responden dalam desain.");
        }
        Estimate[] out = new Estimate[domains.size()];
        for (int g = 0; g < out.length; g++) {
            out[g] = estimateDomain(kind, y, x, domains.rows()[g]);
        }
        return out;
    }

    private Estimate estimateDomain(Kind kind, double[] y, double[] x, int[] rows) {
        double[] w = design.weights;
        int[] psu = design.psuOfRow;
        int[] stratum = design.stratumOfRow;
        Arrays.fill(sumWy, 0.0);
        Arrays.fill(sumWx, 0.0);
        Arrays.fill(psuSeen, false);
        Arrays.fill(stratumSeen, false);
        double swy = 0;
        double swx = 0;
        int count = 0;
        for (int i : rows) {
            int c = psu[i];
            // a domain's degrees of freedom count its PSUs whether or not this variable was answered there
            psuSeen[c] = true;
            stratumSeen[stratum[i]] = true;
            double yi = y[i];
            double xi = x == null ? 1.0 : x[i];
            if (Double.isNaN(yi) || Double.isNaN(xi)) {
                continue;
            }
            double wi = w[i];
            double wy = wi * yi;
            double wx = wi * xi;
            sumWy[c] += wy;
            sumWx[c] += wx;
            swy += wy;
            swx += wx;
            count++;
        }
        int df = countTrue(psuSeen) - countTrue(stratumSeen);
        if (count == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, df);
        }
        double theta = kind == Kind.TOTAL ? swy : swy / swx;
        double variance;
        if (design.calibrated()) {
            variance = UltimateCluster.variance(design, calibratedPsuTotals(kind, y, x, rows, theta, swx));
        } else {
            double[] z = sumWy;
            if (kind != Kind.TOTAL) {
                for (int c = 0; c < z.length; c++) {
                    z[c] = (sumWy[c] - theta * sumWx[c]) / swx;
                }
            }
            variance = UltimateCluster.variance(design, z, stratumSeen);
        }
        double deff = Double.NaN;
        double deffReplace = Double.NaN;
        if (withDeff && kind != Kind.RATIO) {
            double[] d = designEffects(kind, y, rows, variance, swx, count);
            deff = d[0];
            deffReplace = d[1];
        }
        return new Estimate(theta, variance, deff, deffReplace, count, swx, df);
    }

    /** Row scores, projected by each calibration step, then summed to PSU totals. */
    private double[] calibratedPsuTotals(Kind kind, double[] y, double[] x, int[] rows, double theta, double swx) {
        double[] w = design.weights;
        double[] score = new double[design.n];
        for (int i : rows) {
            double yi = y[i];
            double xi = x == null ? 1.0 : x[i];
            if (Double.isNaN(yi) || Double.isNaN(xi)) {
                continue;
            }
            score[i] = kind == Kind.TOTAL ? w[i] * yi : w[i] * (yi - theta * xi) / swx;
        }
        for (Calibration calibration : design.calibrations) {
            calibration.project(score);
        }
        return UltimateCluster.psuTotals(design, score);
    }

    /**
     * Design effects as R's {@code svymean}/{@code svytotal} compute them: against the SRS variance built from the
     * weighted population variance {@code svyvar} (with its n/(n-1)), without replacement (deff=TRUE) or with
     * replacement (deff="replace").
     */
    private double[] designEffects(Kind kind, double[] y, int[] rows, double variance, double psum, int nobs) {
        double[] w = design.weights;
        double mean = 0;
        for (int i : rows) {
            if (!Double.isNaN(y[i])) {
                mean += w[i] * y[i];
            }
        }
        mean /= psum;
        double ss = 0;
        for (int i : rows) {
            double yi = y[i];
            if (!Double.isNaN(yi)) {
                double d = yi - mean;
                ss += w[i] * d * d;
            }
        }
        double s2 = ss / psum * nobs / (nobs - 1.0);
        double srsReplace = s2 / nobs;
        double srs = psum < nobs ? Double.NaN : s2 * (psum - nobs) / (psum * nobs);
        if (kind == Kind.TOTAL) {
            srsReplace *= psum * psum;
            srs *= psum * psum;
        }
        return new double[] {variance / srs, variance / srsReplace};
    }

    private static int countTrue(boolean[] flags) {
        int k = 0;
        for (boolean f : flags) {
            if (f) {
                k++;
            }
        }
        return k;
    }
}
