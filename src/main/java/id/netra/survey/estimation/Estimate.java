// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/**
 * One design-based estimate with its linearisation variance.
 *
 * @param estimate the point estimate (mean, proportion, total or ratio)
 * @param variance the Taylor-linearisation variance under the design
 * @param deff design effect against simple random sampling without replacement (R's {@code deff=TRUE});
 *             NaN where R gives none
 * @param deffReplace design effect against sampling with replacement (R's {@code deff="replace"})
 * @param respondents unweighted number of respondents behind the estimate (the domain's n)
 * @param weightSum sum of the weights of those respondents (the estimated population size)
 * @param degreesOfFreedom design degrees of freedom of the domain: its PSUs minus its strata
 */
public record Estimate(double estimate, double variance, double deff, double deffReplace, int respondents,
        double weightSum, int degreesOfFreedom) {

    public double se() {
        return Math.sqrt(variance);
    }
}
