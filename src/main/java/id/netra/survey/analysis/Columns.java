// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.analysis;

import id.netra.shared.Decision;
import id.netra.survey.estimation.Estimator;
import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The respondents' answers as the engine's columns: numbers (NaN = not answered) or text (null). */
final class Columns {

    /** One estimable series: a numeric column, or one level's 0/1 indicator. */
    record Variable(String name, String level, double[] values, double[] denominator, boolean binary) {
    }

    private final Instrument instrument;
    private final List<Map<String, Object>> rows;

    Columns(Instrument instrument, List<Map<String, Object>> rows) {
        this.instrument = instrument;
        this.rows = rows;
    }

    boolean exists(String name) {
        return instrument.question(name).isPresent() || rows.stream().anyMatch(r -> r.containsKey(name));
    }

    String[] text(String name, String field, List<Decision.Reason> rejections) {
        if (!exists(name)) {
            rejections.add(Decision.Reason.ofField(field, "survey.estimate.column-unknown", name));
            return null;
        }
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = rows.get(i).get(name);
            out[i] = v == null || v instanceof Collection<?> ? null : format(v);
        }
        return out;
    }

    double[] numeric(String name, String field, List<Decision.Reason> rejections) {
        if (!exists(name)) {
            rejections.add(Decision.Reason.ofField(field, "survey.estimate.column-unknown", name));
            return null;
        }
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = rows.get(i).get(name);
            out[i] = toNumber(v);
            if (Double.isNaN(out[i]) && v != null) {
                rejections.add(Decision.Reason.ofField(field, "survey.estimate.column-not-numeric", name, i + 1));
                return null;
            }
        }
        return out;
    }

    Optional<List<Variable>> variable(String name, String field, String statistic,
            List<Decision.Reason> rejections) {
        Optional<Question> question = instrument.question(name);
        if (question.isPresent()) {
            return Optional.of(ofQuestion(question.get(), field, statistic, rejections));
        }
        for (String separator : new String[] {"/", "_"}) {
            int cut = name.lastIndexOf(separator);
            if (cut > 0) {
                Optional<Question> multi = instrument.question(name.substring(0, cut));
                String choice = name.substring(cut + 1);
                if (multi.isPresent() && multi.get().kind() == QuestionKind.MULTI && multi.get().hasChoice(choice)) {
                    return Optional.of(List.of(choiceVariable(multi.get(), choice, name, null)));
                }
            }
        }
        if (!rows.stream().anyMatch(r -> r.containsKey(name))) {
            rejections.add(Decision.Reason.ofField(field, "survey.estimate.column-unknown", name));
            return Optional.empty();
        }
        if (statistic.equals("responses")) {
            rejections.add(Decision.Reason.ofField(field, "survey.estimate.responses-multi-only", name));
            return Optional.empty();
        }
        double[] values = new double[rows.size()];
        boolean numeric = true;
        for (int i = 0; i < values.length; i++) {
            Object v = rows.get(i).get(name);
            values[i] = toNumber(v);
            numeric &= v == null || !Double.isNaN(values[i]);
        }
        if (numeric) {
            return Optional.of(List.of(new Variable(name, null, values, null, binary(values))));
        }
        String[] text = text(name, field, rejections);
        List<Variable> levels = new ArrayList<>();
        for (String level : Estimator.levels(text)) {
            levels.add(new Variable(name, level, Estimator.indicator(text, level), null, true));
        }
        return Optional.of(levels);
    }

    private List<Variable> ofQuestion(Question q, String field, String statistic, List<Decision.Reason> rejections) {
        if (q.kind() == QuestionKind.TEXT) {
            rejections.add(Decision.Reason.ofField(field, "survey.estimate.text-not-estimable", q.code()));
            return List.of();
        }
        if (statistic.equals("responses") && q.kind() != QuestionKind.MULTI) {
            rejections.add(Decision.Reason.ofField(field, "survey.estimate.responses-multi-only", q.code()));
            return List.of();
        }
        if (q.kind() == QuestionKind.NUMERIC) {
            double[] values = new double[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = toNumber(rows.get(i).get(q.code()));
            }
            return List.of(new Variable(q.code(), null, values, null, binary(values)));
        }
        List<Variable> out = new ArrayList<>();
        if (q.kind() == QuestionKind.MULTI) {
            double[] mentions = mentions(q);
            for (Choice choice : q.choices()) {
                out.add(choiceVariable(q, choice.code(), q.code(), mentions));
            }
            return out;
        }
        String[] text = new String[rows.size()];
        for (int i = 0; i < text.length; i++) {
            Object v = rows.get(i).get(q.code());
            text[i] = v == null ? null : v.toString();
        }
        for (Choice choice : q.choices()) {
            out.add(new Variable(q.code(), choice.code(), Estimator.indicator(text, choice.code()), null, true));
        }
        return out;
    }

    private Variable choiceVariable(Question q, String choice, String name, double[] mentions) {
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = rows.get(i).get(q.code());
            values[i] = v instanceof Collection<?> selected ? (selected.contains(choice) ? 1 : 0) : Double.NaN;
        }
        return new Variable(name, name.equals(q.code()) ? choice : null, values,
                mentions == null ? mentions(q) : mentions, true);
    }

    private double[] mentions(Question q) {
        double[] m = new double[rows.size()];
        for (int i = 0; i < m.length; i++) {
            Object v = rows.get(i).get(q.code());
            m[i] = v instanceof Collection<?> selected ? selected.size() : Double.NaN;
        }
        return m;
    }

    private static boolean binary(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v) && v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    private static double toNumber(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return Double.parseDouble(s.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String format(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    static List<Choice> choices(Question q) {
        return q.choices();
    }
}
