// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Confidence intervals computed as R's {@code confint()} and {@code svyciprop()} compute them. */
public final class Intervals {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Intervals() {
    }

    /** The (1 + level)/2 quantile of t on df degrees of freedom; the normal one for infinite df. */
    public static double quantile(double level, double df) {
        double p = 1 - (1 - level) / 2;
        if (Double.isInfinite(df)) {
            return STANDARD_NORMAL.inverseCumulativeProbability(p);
        }
        if (!(df > 0)) {
            return Double.NaN;
        }
        return TDistribution.of(df).inverseCumulativeProbability(p);
    }

    /** estimate ± q·SE, q from z (df infinite) or t(df). */
    public static Interval wald(Estimate e, double level, double df) {
        double q = quantile(level, df);
        return new Interval(e.estimate() - q * e.se(), e.estimate() + q * e.se());
    }

    /** Wald on logit(p) with the delta-method SE, back-transformed (svyciprop "xlogit"). */
    static Interval xlogit(Estimate e, double level, double df) {
        double p = e.estimate();
        // R's deriv() of log(p/(1-p)), evaluated in the same form
        double derivative = (1 / (1 - p) + p / ((1 - p) * (1 - p))) / (p / (1 - p));
        double logit = Math.log(p / (1 - p));
        double half = quantile(level, df) * e.se() * Math.abs(derivative);
        return new Interval(expit(logit - half), expit(logit + half));
    }

    /** Wald on asin(√p), back-transformed by sin² (svyciprop "asin"). */
    static Interval asin(Estimate e, double level, double df) {
        double p = e.estimate();
        double derivative = 0.5 * Math.pow(p, -0.5) / Math.sqrt(1 - Math.pow(Math.sqrt(p), 2));
        double centre = Math.asin(Math.sqrt(p));
        double half = quantile(level, df) * e.se() * Math.abs(derivative);
        double lower = Math.sin(centre - half);
        double upper = Math.sin(centre + half);
        return new Interval(lower * lower, upper * upper);
    }

    /**
     * Korn–Graubard (svyciprop "beta"): Clopper–Pearson on the effective sample size p(1−p)/SE², scaled by
     * (t(n−1)/t(df))² as R does.
     */
    static Interval kornGraubard(Estimate e, double level, double df, int rows) {
        double p = e.estimate();
        double alpha = 1 - level;
        double nEff = effectiveSampleSize(e);
        double ratio = TDistribution.of(rows - 1).inverseCumulativeProbability(alpha / 2)
                / TDistribution.of(df).inverseCumulativeProbability(alpha / 2);
        nEff = nEff * ratio * ratio;
        double lower = BetaDistribution.of(nEff * p, nEff * (1 - p) + 1).inverseCumulativeProbability(alpha / 2);
        double upper = BetaDistribution.of(nEff * p + 1, nEff * (1 - p)).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(lower, upper);
    }

    /** p(1−p)/SE²: the simple random sample size with the same precision. */
    public static double effectiveSampleSize(Estimate e) {
        return e.estimate() * (1 - e.estimate()) / e.variance();
    }

    /**
     * A Wald interval on the log-odds scale, back-transformed; the t quantile goes through R's
     * {@code confint.svyglm} round trip (a normal quantile at the t tail probability).
     */
    static Interval onLogOdds(double logOdds, double se, double level, double df) {
        if (!(df > 0)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double tail = Double.isInfinite(df) ? (1 - level) / 2
                : STANDARD_NORMAL.cumulativeProbability(TDistribution.of(df).inverseCumulativeProbability((1 - level) / 2));
        double q = STANDARD_NORMAL.inverseCumulativeProbability(1 - tail);
        return new Interval(expit(logOdds - q * se), expit(logOdds + q * se));
    }

    static double expit(double x) {
        return Math.exp(x) / (1 + Math.exp(x));
    }
}
