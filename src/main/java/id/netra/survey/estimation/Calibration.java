// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/** A calibration step of the weights whose projection the variance must apply to every linearised score. */
interface Calibration {

    /** Replaces the row scores in place by their residuals after this calibration, as R's {@code svyrecvar}. */
    void project(double[] rowScores);
}
