// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/** A confidence interval. */
public record Interval(double lower, double upper) {
}
