// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.Arrays;
import java.util.TreeSet;

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
        int psus = design.psus();
        double[] w = design.weights;
        int[] psu = design.psuOfRow;
        int[] stratum = design.stratumOfRow;
        double[] wyByPsu = new double[psus * k];
        double[] wByPsu = new double[psus];
        double[][] missingW = null;
        double[] z = new double[psus];
        for (int g = 0; g < domains.size(); g++) {
            Arrays.fill(wyByPsu, 0.0);
            Arrays.fill(wByPsu, 0.0);
            Arrays.fill(psuSeen, false);
            Arrays.fill(stratumSeen, false);
            if (missingW != null) {
                for (double[] m : missingW) {
                    Arrays.fill(m, 0.0);
                }
            }
            double sw = 0;
            double[] swy = new double[k];
            double[] missingSw = new double[k];
            int[] missingN = new int[k];
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
                    double y = ys[j][i];
                    if (y != y) {
                        // not answered: out of this variable's estimate (na.rm), as in mean()
                        if (missingW == null) {
                            missingW = new double[k][psus];
                        }
                        missingW[j][c] += wi;
                        missingSw[j] += wi;
                        missingN[j]++;
                        continue;
                    }
                    double wy = wi * y;
                    wyByPsu[base + j] += wy;
                    swy[j] += wy;
                }
            }
            int df = countTrue(psuSeen) - countTrue(stratumSeen);
            for (int j = 0; j < k; j++) {
                int count = rows.length - missingN[j];
                if (count == 0) {
                    out[j][g] = new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, df);
                    continue;
                }
                double swx = sw - missingSw[j];
                double theta = swy[j] / swx;
                for (int c = 0; c < psus; c++) {
                    double wx = missingW == null ? wByPsu[c] : wByPsu[c] - missingW[j][c];
                    z[c] = (wyByPsu[c * k + j] - theta * wx) / swx;
                }
                double variance = UltimateCluster.variance(design, z, stratumSeen);
                out[j][g] = new Estimate(theta, variance, Double.NaN, Double.NaN, count, swx, df);
            }
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
        Estimate[] estimates = mean(y, domains);
        Interval[] out = new Interval[estimates.length];
        boolean whole = domains.size() == 1 && domains.names()[0] == null;
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
                case LOGIT -> logit(y, domains.rows()[g], level, df);
                case LIKELIHOOD -> throw new DesignException(
                        "Metode interval likelihood belum tersedia; gunakan logit, xlogit, beta, asin atau mean.");
            };
        }
        return out;
    }

    private Interval logit(double[] y, int[] rows, double level, int df) {
        double[] w = design.weights;
        double sumW = 0;
        for (int i : rows) {
            sumW += w[i];
        }
        // R rescales the prior weights by their mean over the design's rows: the domain's rows, or all rows of a
        // calibrated design, whose out-of-domain rows keep a zero weight
        double meanWeight = design.calibrated() ? sumW / design.n : sumW / rows.length;
        QuasiBinomialFit.Fit fit = QuasiBinomialFit.fit(y, w, rows, meanWeight);
        double answeredWeight = 0;
        for (int i : rows) {
            if (!Double.isNaN(y[i])) {
                answeredWeight += w[i];
            }
        }
        double scale = fit.muEta() * answeredWeight;
        double[] score = new double[design.n];
        for (int i : rows) {
            if (!Double.isNaN(y[i])) {
                score[i] = w[i] * (y[i] - fit.mu()) / scale;
            }
        }
        for (Calibration calibration : design.calibrations) {
            calibration.project(score);
        }
        boolean[] present = null;
        if (!design.calibrated()) {
            present = new boolean[design.strata()];
            for (int i : rows) {
                present[design.stratumOfRow[i]] = true;
            }
        }
        double variance = UltimateCluster.variance(design, UltimateCluster.psuTotals(design, score), present);
        return Intervals.onLogOdds(fit.logOdds(), Math.sqrt(variance), level, df);
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
