// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.responses;

import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of a KoboToolbox, ODK Central or LimeSurvey export into respondents of an instrument.
 *
 * <ul>
 * <li>Group paths are stripped: Kobo joins groups with {@code /}, ODK Central with {@code -}.</li>
 * <li>Multi-select arrives as one column of space-separated choice codes, as one 1/0 (or True/False) column per
 * choice ({@code q/choice}), or as LimeSurvey's {@code q[choice]} with {@code Y} or empty. A respondent who ticked
 * nothing but answered is stored as an empty list; one whose cells are all blank did not answer and has no entry.
 * LimeSurvey cannot tell the two apart, so all-empty counts as not answered.</li>
 * <li>Columns naming a person (name, NIP, NIK, e-mail, telephone, address, submitter) are dropped and reported;
 * form metadata ({@code _id}, {@code _uuid}, start, end...) is ignored and reported.</li>
 * <li>Other columns (weights, strata, PSUs, domains) are kept as text for the design.</li>
 * </ul>
 */
public final class ResponseReader {

    private static final Set<String> IDENTIFIERS = Set.of("nama", "name", "nama_lengkap", "full_name", "fullname",
            "nip", "nik", "ktp", "email", "e-mail", "surel", "telepon", "telp", "phone", "phone_number",
            "phonenumber", "hp", "no_hp", "nomor_hp", "whatsapp", "wa", "alamat", "address", "_submitted_by",
            "submittername", "submitterid", "username", "deviceid", "imei", "simserial", "subscriberid");
    private static final Set<String> METADATA = Set.of("_id", "_uuid", "_submission_time", "_index", "_status",
            "_validation_status", "_notes", "_tags", "_parent_index", "_xform_id_string", "_version_", "__version__",
            "start", "end", "today", "instanceid", "meta", "key", "parent_key", "submissiondate", "reviewstate",
            "deviceid", "edits", "formversion", "attachmentspresent", "attachmentsexpected", "status", "id",
            "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token");
    private static final Pattern LIMESURVEY = Pattern.compile("^([A-Za-z0-9_]+)\\[([A-Za-z0-9_-]+)]$");

    private final Instrument instrument;

    public ResponseReader(Instrument instrument) {
        this.instrument = instrument;
    }

    static final int PROGRESS_EVERY = 500;

    private enum Role { QUESTION, CHOICE_FLAG, CHOICE_Y, AUXILIARY, IDENTIFIER, METADATA }

    private record Column(String header, Role role, Question question, String choice, String key) {
    }

    public ImportReport read(List<String> headers, List<List<String>> rows) {
        return read(headers, rows, done -> { });
    }

    /** @param progress told the number of rows read so far, every {@value #PROGRESS_EVERY} rows and at the end */
    public ImportReport read(List<String> headers, List<List<String>> rows, java.util.function.IntConsumer progress) {
        List<Column> columns = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String header : headers) {
            Column column = classify(header == null ? "" : header.trim());
            columns.add(column);
            if (column.role == Role.IDENTIFIER) {
                dropped.add(column.header);
            } else if (column.role == Role.METADATA) {
                ignored.add(column.header);
            }
        }
        List<Map<String, Object>> respondents = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (r % PROGRESS_EVERY == 0) {
                progress.accept(r);
            }
            List<String> row = rows.get(r);
            if (row.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            List<RowError> rowErrors = new ArrayList<>();
            Map<String, Object> answers = readRow(columns, row, r + 1, rowErrors);
            if (rowErrors.isEmpty()) {
                respondents.add(answers);
            } else {
                errors.addAll(rowErrors);
            }
        }
        progress.accept(rows.size());
        return new ImportReport(respondents, errors, dropped, ignored);
    }

    /**
     * How many of the headers hold an answer to a question of the instrument (whole, or one choice of a
     * multi-select): none means the file is not an export of this survey.
     */
    public int questionColumns(List<String> headers) {
        int n = 0;
        for (String header : headers) {
            Role role = classify(header == null ? "" : header.trim()).role;
            if (role == Role.QUESTION || role == Role.CHOICE_FLAG || role == Role.CHOICE_Y) {
                n++;
            }
        }
        return n;
    }

    private Column classify(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        String last = lastSegment(lower);
        if (IDENTIFIERS.contains(last) || IDENTIFIERS.contains(lower)) {
            return new Column(header, Role.IDENTIFIER, null, null, null);
        }
        Matcher lime = LIMESURVEY.matcher(header);
        if (lime.matches()) {
            var q = instrument.question(lime.group(1));
            if (q.isPresent() && q.get().kind() == QuestionKind.MULTI && q.get().hasChoice(lime.group(2))) {
                return new Column(header, Role.CHOICE_Y, q.get(), lime.group(2), null);
            }
        }
        for (String separator : new String[] {"/", "-"}) {
            String[] parts = header.split(Pattern.quote(separator));
            var whole = instrument.question(parts[parts.length - 1]);
            if (whole.isPresent()) {
                return new Column(header, Role.QUESTION, whole.get(), null, null);
            }
            if (parts.length >= 2) {
                var multi = instrument.question(parts[parts.length - 2]);
                if (multi.isPresent() && multi.get().kind() == QuestionKind.MULTI
                        && multi.get().hasChoice(parts[parts.length - 1])) {
                    return new Column(header, Role.CHOICE_FLAG, multi.get(), parts[parts.length - 1], null);
                }
            }
        }
        if (METADATA.contains(last) || METADATA.contains(lower) || lower.startsWith("_")) {
            return new Column(header, Role.METADATA, null, null, null);
        }
        return new Column(header, Role.AUXILIARY, null, null, lastSegment(header));
    }

    private static String lastSegment(String header) {
        String[] parts = header.split("/");
        return parts[parts.length - 1];
    }

    private Map<String, Object> readRow(List<Column> columns, List<String> row, int line, List<RowError> errors) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Set<String>> selected = new LinkedHashMap<>();
        Set<String> answeredMulti = new LinkedHashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String value = c < row.size() && row.get(c) != null ? row.get(c).trim() : "";
            switch (column.role) {
                case IDENTIFIER, METADATA -> { }
                case AUXILIARY -> {
                    if (!value.isEmpty()) {
                        answers.put(column.key, value);
                    }
                }
                case QUESTION -> readAnswer(column, value, line, answers, selected, answeredMulti, errors);
                case CHOICE_FLAG -> {
                    if (value.isEmpty()) {
                        break;
                    }
                    Boolean flag = flag(value);
                    if (flag == null) {
                        errors.add(new RowError(line, column.header, "Nilai \"" + value
                                + "\" bukan 1/0 (dipilih/tidak dipilih)."));
                        break;
                    }
                    answeredMulti.add(column.question.code());
                    selected.computeIfAbsent(column.question.code(), k -> new LinkedHashSet<>());
                    if (flag) {
                        selected.get(column.question.code()).add(column.choice);
                    }
                }
                case CHOICE_Y -> {
                    if (value.isEmpty()) {
                        break;
                    }
                    if (!value.equalsIgnoreCase("Y")) {
                        errors.add(new RowError(line, column.header, "Nilai \"" + value
                                + "\" bukan Y atau kosong."));
                        break;
                    }
                    answeredMulti.add(column.question.code());
                    selected.computeIfAbsent(column.question.code(), k -> new LinkedHashSet<>()).add(column.choice);
                }
            }
        }
        for (String code : answeredMulti) {
            answers.put(code, List.copyOf(selected.getOrDefault(code, Set.of())));
        }
        return answers;
    }

    private void readAnswer(Column column, String value, int line, Map<String, Object> answers,
            Map<String, Set<String>> selected, Set<String> answeredMulti, List<RowError> errors) {
        if (value.isEmpty()) {
            return;
        }
        Question q = column.question;
        switch (q.kind()) {
            case SINGLE, LIKERT -> {
                String code = choiceCode(q, value);
                if (code == null) {
                    errors.add(new RowError(line, column.header, "Jawaban \"" + value
                            + "\" tidak ada dalam pilihan pertanyaan " + q.code() + "."));
                } else {
                    answers.put(q.code(), code);
                }
            }
            case MULTI -> {
                Set<String> chosen = selected.computeIfAbsent(q.code(), k -> new LinkedHashSet<>());
                for (String part : value.split("\\s+")) {
                    String code = choiceCode(q, part);
                    if (code == null) {
                        errors.add(new RowError(line, column.header, "Pilihan \"" + part
                                + "\" tidak ada dalam pertanyaan " + q.code() + "."));
                    } else {
                        chosen.add(code);
                    }
                }
                answeredMulti.add(q.code());
            }
            case NUMERIC -> {
                try {
                    answers.put(q.code(), Double.parseDouble(value.replace(',', '.')));
                } catch (NumberFormatException e) {
                    errors.add(new RowError(line, column.header, "\"" + value + "\" bukan angka."));
                }
            }
            case TEXT -> answers.put(q.code(), value);
        }
    }

    private static String choiceCode(Question q, String value) {
        for (var choice : q.choices()) {
            if (choice.code().equals(value) || choice.label().equalsIgnoreCase(value)
                    || (choice.labelEn() != null && choice.labelEn().equalsIgnoreCase(value))) {
                return choice.code();
            }
        }
        return null;
    }

    private static Boolean flag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "1.0", "true", "ya", "yes", "y" -> Boolean.TRUE;
            case "0", "0.0", "false", "tidak", "no", "n" -> Boolean.FALSE;
            default -> null;
        };
    }
}
