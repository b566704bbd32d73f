// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

import id.netra.shared.PolicyRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an instrument from an XLSForm workbook: the {@code survey} sheet (type, name, label) and the {@code choices}
 * sheet (list_name, name, label). Labels come from {@code label::Bahasa Indonesia (id)}-style columns when present
 * (any column whose language code is {@code id} or {@code en}), else from {@code label}. Groups, notes and
 * calculations carry no answers and are skipped; {@code select_one} lists named like "likert..." or "skala..." become
 * Likert questions.
 */
public final class XlsForm {

    private XlsForm() {
    }

    public static Instrument read(InputStream in, String title) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Map<String, String>> survey = rows(workbook.findSheet("survey").orElseThrow(
                    () -> PolicyRejectedException.because("survey.xlsform.sheet-missing", "survey")));
            List<Map<String, String>> choiceRows = workbook.findSheet("choices").map(XlsForm::rows)
                    .orElse(List.of());
            String formTitle = title;
            if ((formTitle == null || formTitle.isBlank()) && workbook.findSheet("settings").isPresent()) {
                List<Map<String, String>> settings = rows(workbook.findSheet("settings").get());
                if (!settings.isEmpty()) {
                    formTitle = settings.get(0).get("form_title");
                }
            }
            Map<String, List<Choice>> lists = new LinkedHashMap<>();
            for (Map<String, String> row : choiceRows) {
                String list = first(row, "list_name", "list name");
                String name = row.get("name");
                if (list == null || name == null) {
                    continue;
                }
                lists.computeIfAbsent(list, k -> new ArrayList<>())
                        .add(new Choice(name, label(row, "id"), label(row, "en"), null));
            }
            List<Question> questions = new ArrayList<>();
            for (Map<String, String> row : survey) {
                String type = row.getOrDefault("type", "").trim();
                String name = row.get("name");
                if (type.isEmpty() || name == null) {
                    continue;
                }
                String[] parts = type.split("\\s+");
                String base = parts[0].toLowerCase(Locale.ROOT);
                QuestionKind kind = switch (base) {
                    case "select_one" -> parts.length > 1 && parts[1].toLowerCase(Locale.ROOT).matches("(likert|skala).*")
                            ? QuestionKind.LIKERT : QuestionKind.SINGLE;
                    case "select_multiple" -> QuestionKind.MULTI;
                    case "integer", "decimal", "range" -> QuestionKind.NUMERIC;
                    case "text" -> QuestionKind.TEXT;
                    default -> null;
                };
                if (kind == null) {
                    continue;
                }
                List<Choice> choices = parts.length > 1 ? lists.getOrDefault(parts[1], List.of()) : List.of();
                questions.add(new Question(name, kind, label(row, "id"), label(row, "en"), null, choices));
            }
            return new Instrument(formTitle, null, questions);
        }
    }

    private static List<Map<String, String>> rows(Sheet sheet) {
        try {
            List<Map<String, String>> out = new ArrayList<>();
            List<String> headers = null;
            for (Row row : sheet.read()) {
                if (headers == null) {
                    headers = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        String h = row.getCellText(c);
                        headers.add(h == null ? "" : h.trim());
                    }
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < Math.min(headers.size(), row.getCellCount()); c++) {
                    String v = row.getCellText(c);
                    if (v != null && !v.isBlank()) {
                        values.put(headers.get(c), v.trim());
                    }
                }
                if (!values.isEmpty()) {
                    out.add(values);
                }
            }
            return out;
        } catch (IOException e) {
            throw PolicyRejectedException.because("survey.upload.unreadable");
        }
    }

    /** The label in a language ("id" or "en"): a {@code label::... (id)} column, else the plain label. */
    private static String label(Map<String, String> row, String language) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("label::") && key.endsWith("(" + language + ")")) {
                return e.getValue();
            }
        }
        String plain = row.get("label");
        return language.equals("id") ? (plain != null ? plain : englishFallback(row)) : null;
    }

    private static String englishFallback(Map<String, String> row) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).startsWith("label")) {
                return e.getValue();
            }
        }
        return row.get("name");
    }

    private static String first(Map<String, String> row, String... keys) {
        for (String k : keys) {
            if (row.get(k) != null) {
                return row.get(k);
            }
        }
        return null;
    }
}
