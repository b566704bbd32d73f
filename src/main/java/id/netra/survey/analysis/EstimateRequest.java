// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.analysis;

import java.util.List;

/**
 * What to estimate: the design's columns, the variables (question codes, {@code question/choice} for one choice of a
 * multi-select, or any numeric column), an optional domain column, the statistic and the interval.
 *
 * @param statistic {@code mean} (proportion of respondents for choices), {@code total}, or {@code responses}
 *                  (a multi-select choice as a share of all choices ticked: "% of responses")
 * @param ciMethod  {@code wald-z}, {@code wald-t}, {@code logit}, {@code xlogit}, {@code beta}, {@code asin},
 *                  {@code mean}
 */
public record EstimateRequest(Design design, List<String> variables, String by, String statistic, String ciMethod,
        Double level) {

    /** Column names of the design, as R's svydesign takes them. */
    public record Design(String weights, String strata, String clusters, String fpc, Boolean nest, String lonelyPsu) {
    }
}
