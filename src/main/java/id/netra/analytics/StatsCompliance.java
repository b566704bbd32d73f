// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

/**
 * PPK compliance: of the cases recommended for a sanction, the share the PPK decided, and the median calendar days
 * from the recommendation to the decision.
 *
 * @param rate {@code sanctioned / recommended} as a fraction, or {@code null} when nothing was recommended
 * @param medianDaysToDecision {@code null} when nothing was decided
 */
public record StatsCompliance(long recommended, long sanctioned, Double rate, Double medianDaysToDecision) {
}
