// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import id.netra.survey.analysis.SurveyResults;
import id.netra.survey.instrument.SurveyStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import id.netra.shared.SpreadsheetCells;

/** The survey pages: the list and each survey's published results, with CSV and XLSX exports. */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class SurveyPageController {

    private final SurveyStore store;
    private final SurveyResults results;

    SurveyPageController(SurveyStore store, SurveyResults results) {
        this.store = store;
        this.results = results;
    }

    @GetMapping("/surveys")
    String list(Model model) {
        model.addAttribute("surveys", store.all());
        return "survey/list";
    }

    @GetMapping("/surveys/{id}")
    String results(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("view", results.view(id, english(locale)));
        return "survey/results";
    }

    @GetMapping("/surveys/{id}/hasil.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        SurveyResults.View view = results.view(id, english(locale));
        StringBuilder out = new StringBuilder("pertanyaan,dasar,jawaban,persen,batas_bawah_95,batas_atas_95,n,"
                + "angka_publikasi,sumber_publikasi\n");
        for (SurveyResults.QuestionView q : view.questions()) {
            append(out, q, q.respondents(), "% responden");
            append(out, q, q.responses(), "% jawaban");
        }
        return download(out.toString().getBytes(StandardCharsets.UTF_8), "hasil-survei-" + id + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/surveys/{id}/hasil.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) throws IOException {
        SurveyResults.View view = results.view(id, english(locale));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Netra", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hasil");
        String[] header = {"pertanyaan", "dasar", "jawaban", "persen", "batas_bawah_95", "batas_atas_95", "n",
            "angka_publikasi", "sumber_publikasi"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        int r = 1;
        for (SurveyResults.QuestionView q : view.questions()) {
            for (var base : new Object[][] {{q.respondents(), "% responden"}, {q.responses(), "% jawaban"}}) {
                @SuppressWarnings("unchecked")
                java.util.List<SurveyResults.Row> rows = (java.util.List<SurveyResults.Row>) base[0];
                for (SurveyResults.Row row : rows) {
                    sheet.value(r, 0, q.label());
                    sheet.value(r, 1, (String) base[1]);
                    sheet.value(r, 2, row.label());
                    if (row.percent() != null) {
                        sheet.value(r, 3, row.percent());
                        sheet.value(r, 4, row.lower());
                        sheet.value(r, 5, row.upper());
                    }
                    sheet.value(r, 6, row.n());
                    if (row.published() != null) {
                        sheet.value(r, 7, row.published().value());
                        sheet.value(r, 8, row.published().sourceTitle());
                    }
                    r++;
                }
            }
        }
        workbook.finish();
        return download(bytes.toByteArray(), "hasil-survei-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static void append(StringBuilder out, SurveyResults.QuestionView q, java.util.List<SurveyResults.Row> rows,
            String base) {
        for (SurveyResults.Row row : rows) {
            out.append(cell(q.label())).append(',').append(base).append(',').append(cell(row.label())).append(',')
                    .append(row.percent() == null ? "" : row.percent()).append(',')
                    .append(row.lower() == null ? "" : row.lower()).append(',')
                    .append(row.upper() == null ? "" : row.upper()).append(',').append(row.n()).append(',')
                    .append(row.published() == null ? "" : row.published().value()).append(',')
                    .append(row.published() == null ? "" : cell(row.published().sourceTitle())).append('\n');
        }
    }

    private static String cell(String text) {
        String safe = SpreadsheetCells.defuse(text);
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
