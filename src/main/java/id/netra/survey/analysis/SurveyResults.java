// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.analysis;

import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigures;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import id.netra.survey.estimation.CrossTab;
import id.netra.survey.estimation.DesignException;
import id.netra.survey.estimation.SurveyDesign;
import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import id.netra.survey.instrument.StoredSurvey;
import id.netra.survey.instrument.SurveyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published view of a survey: each choice question's shares with 95% logit intervals under the survey's design,
 * multi-select also as % of responses, the published figures of the same question beside them, and a cross-tab with
 * the Rao–Scott test. Cells resting on fewer than the minimum number of respondents are suppressed.
 */
@Service
public class SurveyResults {

    public record Row(String code, String label, Double percent, Double lower, Double upper, int n,
            boolean suppressed, PublishedFigure published) {
    }

    /** @param likert the ordered statistics of a Likert item, null for other questions */
    public record QuestionView(Question question, String label, boolean multi, int answered, List<Row> respondents,
            List<Row> responses, Double deff, List<PublishedFigure> published, LikertSummary likert) {
    }

    public record CrossTabView(String rowLabel, String columnLabel, List<String> rows, List<String> columns,
            List<List<Double>> columnPercents, double f, double numeratorDf, double denominatorDf, double p) {
    }

    /**
     * @param problems why the stored design could not be estimated (e.g. a stratum with a single PSU under the "fail"
     *                 policy): the page says so in words instead of showing figures
     */
    public record View(StoredSurvey survey, EstimateRequest.Design design, int strata, int psus,
            int degreesOfFreedom, int minCellN, List<QuestionView> questions, CrossTabView crossTab,
            List<Decision.Reason> problems) {
    }

    private final SurveyStore store;
    private final SurveyAnalysis analysis;
    private final PublishedFigures publishedFigures;
    private final JsonMapper json;
    private final int minCellN;

    public SurveyResults(SurveyStore store, SurveyAnalysis analysis, PublishedFigures publishedFigures,
            JsonMapper json, @Value("${netra.survey.min-cell-n:30}") int minCellN) {
        this.store = store;
        this.analysis = analysis;
        this.publishedFigures = publishedFigures;
        this.json = json;
        this.minCellN = minCellN;
    }

    public View view(long id, boolean english) {
        StoredSurvey survey = store.get(id);
        List<Map<String, Object>> rows = store.respondents(id);
        EstimateRequest.Design design = store.designJson(id)
                .map(text -> json.readValue(text, EstimateRequest.Design.class))
                .orElse(new EstimateRequest.Design(null, null, null, null, false, "fail"));
        try {
            return compute(survey, rows, design, english);
        } catch (DesignException e) {
            return refused(survey, design, rows, SurveyAnalysis.rejected(e));
        } catch (PolicyRejectedException e) {
            return refused(survey, design, rows, e);
        }
    }

    private View refused(StoredSurvey survey, EstimateRequest.Design design, List<Map<String, Object>> rows,
            PolicyRejectedException e) {
        return new View(survey, design, 0, rows.size(), 0, minCellN, List.of(), null, e.reasons());
    }

    private View compute(StoredSurvey survey, List<Map<String, Object>> rows, EstimateRequest.Design design,
            boolean english) {
        List<QuestionView> questions = new ArrayList<>();
        int df = 0;
        int strata = 1;
        int psus = rows.size();
        if (!rows.isEmpty()) {
            SurveyDesign built = build(design, rows, survey);
            for (Question q : survey.instrument().questions()) {
                if (!(q.kind().categorical() || q.kind() == QuestionKind.MULTI)) {
                    continue;
                }
                EstimateResponse shares = analysis.estimate(survey, rows, new EstimateRequest(design,
                        List.of(q.code()), null, "mean", "logit", 0.95));
                df = shares.degreesOfFreedom();
                List<PublishedFigure> published = q.publishedMeasure() == null ? List.of()
                        : publishedFigures.ofMeasure(q.publishedMeasure());
                List<Row> respondents = rows(q, shares, published, english);
                List<Row> responses = List.of();
                if (q.kind() == QuestionKind.MULTI) {
                    responses = rows(q, analysis.estimate(survey, rows, new EstimateRequest(design,
                            List.of(q.code()), null, "responses", "wald-t", 0.95)), List.of(), english);
                }
                int answered = shares.estimates().isEmpty() ? 0 : shares.estimates().get(0).n();
                Double deff = shares.estimates().isEmpty() ? null : shares.estimates().get(0).deff();
                LikertSummary likert = q.kind() == QuestionKind.LIKERT
                        ? LikertSummary.of(q, column(rows, q.code()), built, minCellN, english) : null;
                questions.add(new QuestionView(q, english && q.labelEn() != null ? q.labelEn() : q.label(),
                        q.kind() == QuestionKind.MULTI, answered, respondents, responses, deff, published, likert));
            }
            strata = built.strata();
            psus = built.psus();
        }
        return new View(survey, design, strata, psus, df, minCellN, questions, crossTab(survey, rows, design,
                english), List.of());
    }

    private SurveyDesign build(EstimateRequest.Design design, List<Map<String, Object>> rows, StoredSurvey survey) {
        SurveyDesign.Builder b = SurveyDesign.builder(rows.size()).nest(Boolean.TRUE.equals(design.nest()))
                .lonelyPsu(design.lonelyPsu() == null ? id.netra.survey.estimation.LonelyPsu.FAIL
                        : id.netra.survey.estimation.LonelyPsu.valueOf(design.lonelyPsu().toUpperCase(java.util.Locale.ROOT)));
        if (design.weights() != null) {
            b.weights(rows.stream().mapToDouble(r -> Double.parseDouble(r.get(design.weights()).toString()))
                    .toArray());
        }
        if (design.strata() != null) {
            b.strata(column(rows, design.strata()));
        }
        if (design.clusters() != null) {
            b.clusters(column(rows, design.clusters()));
        }
        return b.build();
    }

    private static String[] column(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(r -> r.get(name) == null ? null : r.get(name).toString()).toArray(String[]::new);
    }

    private List<Row> rows(Question q, EstimateResponse response, List<PublishedFigure> published, boolean english) {
        List<Row> out = new ArrayList<>();
        for (EstimateResponse.Row r : response.estimates()) {
            Choice choice = q.choices().stream().filter(c -> c.code().equals(r.level())).findFirst().orElse(null);
            String label = choice == null ? r.level()
                    : english && choice.labelEn() != null ? choice.labelEn() : choice.label();
            Optional<PublishedFigure> match = choice == null || choice.publishedCategory() == null ? Optional.empty()
                    : published.stream().filter(f -> choice.publishedCategory().equals(f.category())).findFirst();
            boolean suppressed = r.n() < minCellN;
            out.add(new Row(r.level(), label, suppressed ? null : percent(r.estimate()),
                    suppressed ? null : percent(r.ciLower()), suppressed ? null : percent(r.ciUpper()), r.n(),
                    suppressed, match.orElse(null)));
        }
        return out;
    }

    private CrossTabView crossTab(StoredSurvey survey, List<Map<String, Object>> rows,
            EstimateRequest.Design design, boolean english) {
        List<Question> singles = survey.instrument().questions().stream().filter(q -> q.kind().categorical())
                .toList();
        if (singles.size() < 2 || rows.isEmpty()) {
            return null;
        }
        Question rowQ = singles.get(0);
        Question colQ = singles.get(singles.size() - 1);
        CrossTab table = CrossTab.of(build(design, rows, survey), column(rows, rowQ.code()),
                column(rows, colQ.code()));
        if (table.test() == null) {
            return null;
        }
        double[][] shares = table.columnProportions();
        List<List<Double>> percents = new ArrayList<>();
        for (double[] r : shares) {
            List<Double> line = new ArrayList<>();
            for (double v : r) {
                line.add(percent(v));
            }
            percents.add(line);
        }
        return new CrossTabView(english && rowQ.labelEn() != null ? rowQ.labelEn() : rowQ.label(),
                english && colQ.labelEn() != null ? colQ.labelEn() : colQ.label(),
                labels(rowQ, table.rowLevels(), english), labels(colQ, table.columnLevels(), english), percents,
                table.test().f(), table.test().numeratorDf(), table.test().denominatorDf(), table.test().p());
    }

    private static List<String> labels(Question q, String[] codes, boolean english) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            out.add(SurveyAnalysis.choiceLabel(q, code, english).orElse(code));
        }
        return out;
    }

    private static Double percent(Double x) {
        return x == null ? null : Math.round(x * 10000) / 100.0;
    }
}
