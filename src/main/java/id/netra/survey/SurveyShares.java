// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey;

import id.netra.shared.Decision;
import id.netra.survey.analysis.EstimateRequest;
import id.netra.survey.analysis.EstimateResponse;
import id.netra.survey.analysis.SurveyAnalysis;
import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import id.netra.survey.instrument.StoredSurvey;
import id.netra.survey.instrument.SurveyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey module's answer to other modules (the vulnerability index): the share of civil servants giving one
 * answer, per province, as a design-based estimate under the survey's stored design (weights, strata, clusters;
 * Taylor linearisation) with its standard error. Provinces are the domains: a regency is usually the survey's
 * cluster, and a domain that is a single cluster has no variance to estimate, so regency-level standard errors would
 * be falsely near zero.
 */
@Service
public class SurveyShares {

    /** The respondents' column holding the province code. */
    public static final String PROVINCE_COLUMN = "provinsi";

    public record SurveyInfo(long id, String title, boolean synthetic, int respondents) {
    }

    /** @param share between 0 and 1; @param standardError of the share, same scale */
    public record ProvinceShare(String provinceCode, double share, double standardError, int respondents) {
    }

    /** @param label the question and the answer in words, e.g. "Siapa yang paling memengaruhi …: Atasan ASN" */
    public record Shares(long surveyId, String surveyTitle, boolean synthetic, String question, String choice,
            String label, List<ProvinceShare> provinces) {
    }

    private final SurveyStore store;
    private final SurveyAnalysis analysis;
    private final JsonMapper json;

    SurveyShares(SurveyStore store, SurveyAnalysis analysis, JsonMapper json) {
        this.store = store;
        this.analysis = analysis;
        this.json = json;
    }

    public List<SurveyInfo> surveys() {
        return store.all().stream().map(s -> new SurveyInfo(s.id(), s.instrument().title(), s.synthetic(),
                s.respondents())).toList();
    }

    /**
     * @param variable {@code question/choice}, e.g. {@code pemengaruh/superior}; a single- or multiple-choice question
     * @throws id.netra.shared.PolicyRejectedException (422) for an unknown survey, question or choice, a survey without
     *         a province column, or a design the estimator cannot compute
     */
    public Shares byProvince(long surveyId, String variable) {
        StoredSurvey survey = store.find(surveyId).orElse(null);
        if (survey == null) {
            Decision.rejectField("surveyId", "survey.shares.unknown-survey", surveyId).orThrow();
        }
        int cut = variable == null ? -1 : variable.lastIndexOf('/');
        Optional<Question> question = cut <= 0 ? Optional.empty()
                : survey.instrument().question(variable.substring(0, cut));
        String choiceCode = cut <= 0 ? null : variable.substring(cut + 1);
        Choice choice = question.filter(q -> q.kind().categorical() || q.kind() == QuestionKind.MULTI)
                .flatMap(q -> q.choices().stream().filter(c -> c.code().equals(choiceCode)).findFirst())
                .orElse(null);
        if (choice == null) {
            Decision.rejectField("variable", "survey.shares.unknown-variable", String.valueOf(variable),
                    survey.instrument().title()).orThrow();
        }
        List<Map<String, Object>> rows = store.respondents(surveyId);
        if (rows.isEmpty() || rows.stream().noneMatch(r -> r.get(PROVINCE_COLUMN) != null)) {
            Decision.rejectField("surveyId", "survey.shares.no-province", survey.instrument().title(),
                    PROVINCE_COLUMN).orThrow();
        }
        EstimateRequest.Design design = store.designJson(surveyId)
                .map(text -> json.readValue(text, EstimateRequest.Design.class))
                .orElse(new EstimateRequest.Design(null, null, null, null, false, "adjust"));
        EstimateResponse response = analysis.estimate(survey, rows, new EstimateRequest(design,
                List.of(question.get().code()), PROVINCE_COLUMN, "mean", "wald-t", 0.95));
        List<ProvinceShare> out = new ArrayList<>();
        for (EstimateResponse.Row row : response.estimates()) {
            if (choice.code().equals(row.level()) && row.domain() != null && row.estimate() != null
                    && row.se() != null) {
                out.add(new ProvinceShare(row.domain(), row.estimate(), row.se(), row.n()));
            }
        }
        return new Shares(surveyId, survey.instrument().title(), survey.synthetic(), question.get().code(),
                choice.code(), question.get().label() + ": " + choice.label(), out);
    }
}
