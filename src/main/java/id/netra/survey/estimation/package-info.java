// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The estimation engine: plain Java, no Spring. A {@link id.netra.survey.estimation.SurveyDesign} holds weights,
 * strata, PSUs and finite population corrections in primitive arrays; estimators build each unit's linearised score
 * and sum it to PSU totals in one pass, then apply the "ultimate cluster" variance of R's {@code survey} package.
 */
package id.netra.survey.estimation;
