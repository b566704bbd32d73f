// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.compliance;

/**
 * One PPK's (agency's) or one region's record of acting on sanction recommendations.
 *
 * @param recommended cases recommended to the PPK
 * @param sanctioned of those, cases the PPK decided (whatever happened to the decision on appeal)
 * @param overdue cases that ever went past the follow-up deadline
 * @param blocked cases that ever had the SIASN data block
 * @param waiting cases still awaiting the PPK's decision
 * @param medianWorkingDaysToAct median working days from recommendation to decree, over decided cases; null if none
 * @param p90WorkingDaysToAct 90th percentile (nearest rank) of the same
 * @param complianceRate sanctioned ÷ recommended, 0..1; null when nothing was recommended
 * @param lighterThanMapped decisions lighter than the catalogue mapping (allowed only with a written justification)
 */
public record ComplianceRow(String code, String name, int recommended, int sanctioned, int overdue, int blocked,
        int waiting, Double medianWorkingDaysToAct, Integer p90WorkingDaysToAct, Double complianceRate,
        int lighterThanMapped) {
}
