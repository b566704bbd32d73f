// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.analysis;

import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import id.netra.survey.estimation.CiMethod;
import id.netra.survey.estimation.DesignException;
import id.netra.survey.estimation.Domains;
import id.netra.survey.estimation.Estimate;
import id.netra.survey.estimation.Estimator;
import id.netra.survey.estimation.Interval;
import id.netra.survey.estimation.Intervals;
import id.netra.survey.estimation.LonelyPsu;
import id.netra.survey.estimation.SurveyDesign;
import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import id.netra.survey.instrument.StoredSurvey;
import id.netra.survey.instrument.SurveyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Runs an {@link EstimateRequest} on a stored survey's respondents with the estimation engine. */
@Service
public class SurveyAnalysis {

    private final SurveyStore store;

    public SurveyAnalysis(SurveyStore store) {
        this.store = store;
    }

    public EstimateResponse estimate(long surveyId, EstimateRequest request) {
        StoredSurvey survey = store.get(surveyId);
        return estimate(survey, store.respondents(surveyId), request);
    }

    public EstimateResponse estimate(StoredSurvey survey, List<Map<String, Object>> rows, EstimateRequest request) {
        List<Decision.Reason> rejections = new ArrayList<>();
        EstimateRequest.Design d = request.design();
        if (d == null) {
            Decision.rejectField("design", "survey.estimate.design-required").orThrow();
        }
        double level = request.level() == null ? 0.95 : request.level();
        if (!(level > 0 && level < 1)) {
            rejections.add(Decision.Reason.ofField("level", "survey.estimate.level-invalid"));
        }
        String statistic = request.statistic() == null ? "mean" : request.statistic().toLowerCase(Locale.ROOT);
        if (!List.of("mean", "total", "responses").contains(statistic)) {
            rejections.add(Decision.Reason.ofField("statistic", "survey.estimate.statistic-invalid"));
        }
        CiMethod method = request.ciMethod() == null ? CiMethod.WALD_T : CiMethod.parse(request.ciMethod());
        if (method == null) {
            rejections.add(Decision.Reason.ofField("ciMethod", "survey.estimate.ci-method-invalid"));
        }
        LonelyPsu lonely = d.lonelyPsu() == null ? LonelyPsu.FAIL : parseLonely(d.lonelyPsu());
        if (lonely == null) {
            rejections.add(Decision.Reason.ofField("design.lonelyPsu", "survey.estimate.lonely-psu-invalid"));
        }
        if (rows.isEmpty()) {
            Decision.reject("survey.estimate.no-respondents").orThrow();
        }
        if (request.variables() == null || request.variables().isEmpty()) {
            rejections.add(Decision.Reason.ofField("variables", "survey.estimate.variables-required"));
        }
        Columns columns = new Columns(survey.instrument(), rows);
        double[] weights = d.weights() == null ? null : columns.numeric(d.weights(), "design.weights", rejections);
        String[] strata = d.strata() == null ? null : columns.text(d.strata(), "design.strata", rejections);
        String[] clusters = d.clusters() == null ? null : columns.text(d.clusters(), "design.clusters", rejections);
        double[] fpc = d.fpc() == null ? null : columns.numeric(d.fpc(), "design.fpc", rejections);
        String[] by = request.by() == null ? null : columns.text(request.by(), "by", rejections);
        List<Columns.Variable> variables = new ArrayList<>();
        if (request.variables() != null) {
            for (int v = 0; v < request.variables().size(); v++) {
                columns.variable(request.variables().get(v), "variables[" + v + "]", statistic, rejections)
                        .ifPresent(variables::addAll);
            }
        }
        if (method != null && method.proportionOnly()) {
            for (Columns.Variable variable : variables) {
                if (!variable.binary() || !statistic.equals("mean")) {
                    rejections.add(Decision.Reason.ofField("ciMethod", "survey.estimate.ci-method-proportions-only",
                            variable.name()));
                    break;
                }
            }
        }
        Decision.rejectAll(rejections).orThrow();
        try {
            SurveyDesign.Builder builder = SurveyDesign.builder(rows.size()).nest(Boolean.TRUE.equals(d.nest()))
                    .lonelyPsu(lonely);
            if (weights != null) {
                builder.weights(weights);
            }
            if (strata != null) {
                builder.strata(strata);
            }
            if (clusters != null) {
                builder.clusters(clusters);
            }
            if (fpc != null) {
                builder.fpc(fpc);
            }
            SurveyDesign design = builder.build();
            Domains domains = by == null ? Domains.whole(rows.size()) : Domains.of(by);
            Estimator estimator = new Estimator(design);
            List<EstimateResponse.Row> out = new ArrayList<>();
            for (Columns.Variable variable : variables) {
                Estimate[] estimates = switch (statistic) {
                    case "total" -> estimator.total(variable.values(), domains);
                    case "responses" -> estimator.ratio(variable.values(), variable.denominator(), domains);
                    default -> estimator.mean(variable.values(), domains);
                };
                Interval[] intervals = method.proportionOnly()
                        ? estimator.proportionIntervals(variable.values(), domains, method, level)
                        : null;
                for (int g = 0; g < estimates.length; g++) {
                    Estimate e = estimates[g];
                    Interval ci = intervals != null ? intervals[g]
                            : Intervals.wald(e, level, method == CiMethod.WALD_Z ? Double.POSITIVE_INFINITY
                                    : design.degreesOfFreedom());
                    out.add(new EstimateResponse.Row(variable.name(), variable.level(), domains.names()[g],
                            number(e.estimate()), number(e.se()), number(ci.lower()), number(ci.upper()),
                            number(e.deff()), e.respondents()));
                }
            }
            return new EstimateResponse(out, design.degreesOfFreedom());
        } catch (DesignException e) {
            throw rejected(e);
        }
    }

    private static LonelyPsu parseLonely(String text) {
        try {
            return LonelyPsu.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Double number(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }

    /** Labels of a question's levels in the caller's language, for pages and exports. */
    public static Optional<String> choiceLabel(Question question, String code, boolean english) {
        return question.choices().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> english && c.labelEn() != null ? c.labelEn() : c.label());
    }

    static boolean isChoiceQuestion(Question q) {
        return q.kind().categorical() || q.kind() == QuestionKind.MULTI;
    }

    static List<Choice> choicesOf(Question q) {
        return q.choices();
    }

    /**
     * A design the engine cannot compute, as a named rejection (422 at the API, a notice on the results page): the
     * lonely-PSU refusal names its strata and the policies to choose from.
     */
    public static PolicyRejectedException rejected(DesignException e) {
        return new PolicyRejectedException(new Decision.Rejected(List.of(e.reason())));
    }
}
