// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.analysis;

import id.netra.survey.estimation.CiMethod;
import id.netra.survey.estimation.Domains;
import id.netra.survey.estimation.Estimate;
import id.netra.survey.estimation.Estimator;
import id.netra.survey.estimation.Interval;
import id.netra.survey.estimation.Intervals;
import id.netra.survey.estimation.SurveyDesign;
import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Question;
import java.util.List;

/**
 * The ordered statistics of a Likert item under the survey's design: the mean score (the choices scored 1..k in the
 * instrument's order) with its SE and a t interval on the design degrees of freedom, and the share choosing one of the
 * top two categories with a logit interval. The distribution itself is the item's table of shares.
 *
 * @param points       k, the number of points on the scale
 * @param answered     respondents who chose a point of the scale
 * @param topLabels    labels of the two top categories
 * @param suppressed   fewer respondents than the minimum: nothing but the count is shown
 */
public record LikertSummary(int points, int answered, double mean, double meanSe, double meanLower,
        double meanUpper, List<String> topLabels, double topTwo, double topTwoLower, double topTwoUpper,
        boolean suppressed) {

    static LikertSummary of(Question question, String[] answers, SurveyDesign design, int minCellN,
            boolean english) {
        List<Choice> choices = question.choices();
        int k = choices.size();
        double[] score = new double[answers.length];
        double[] top = new double[answers.length];
        for (int i = 0; i < answers.length; i++) {
            int point = indexOf(choices, answers[i]);
            score[i] = point < 0 ? Double.NaN : point + 1;
            top[i] = point < 0 ? Double.NaN : point >= k - 2 ? 1 : 0;
        }
        List<String> topLabels = choices.subList(Math.max(0, k - 2), k).stream()
                .map(c -> english && c.labelEn() != null ? c.labelEn() : c.label()).toList();
        Estimator estimator = new Estimator(design, false);
        Estimate mean = estimator.mean(score);
        if (mean.respondents() < minCellN) {
            return new LikertSummary(k, mean.respondents(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    topLabels, Double.NaN, Double.NaN, Double.NaN, true);
        }
        Interval meanCi = Intervals.wald(mean, 0.95, design.degreesOfFreedom());
        Estimate share = estimator.mean(top);
        Interval shareCi = estimator.proportionIntervals(top, Domains.whole(answers.length), CiMethod.LOGIT, 0.95)[0];
        return new LikertSummary(k, mean.respondents(), mean.estimate(), mean.se(), meanCi.lower(), meanCi.upper(),
                topLabels, 100 * share.estimate(), 100 * shareCi.lower(), 100 * shareCi.upper(), false);
    }

    private static int indexOf(List<Choice> choices, String answer) {
        if (answer == null) {
            return -1;
        }
        for (int c = 0; c < choices.size(); c++) {
            if (choices.get(c).code().equals(answer)) {
                return c;
            }
        }
        return -1;
    }
}
