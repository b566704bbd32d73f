// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.RuleViolationException;
import id.netra.survey.analysis.EstimateRequest;
import id.netra.survey.analysis.EstimateResponse;
import id.netra.survey.analysis.SurveyAnalysis;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.StoredSurvey;
import id.netra.survey.instrument.SurveyStore;
import id.netra.survey.responses.ImportReport;
import id.netra.survey.responses.ResponseReader;
import id.netra.survey.responses.RowError;
import id.netra.survey.responses.UploadedTable;
import id.netra.survey.instrument.XlsForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Surveys over HTTP: instruments, response uploads and design-based estimates (ANALYST and ADMIN). */
@RestController
@RequestMapping("/api/v1/surveys")
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
@Tag(name = "Survei ASN", description = "Instrumen, unggah jawaban, dan estimasi berbasis desain (linearisasi Taylor)")
class SurveyApiController {

    record Created(long id) {
    }

    record UploadResult(int imported, int rejectedRows, List<RowError> errors, List<String> droppedIdentifierColumns,
            List<String> ignoredColumns) {
    }

    record SurveySummary(long id, String title, boolean synthetic, int respondents) {
    }

    private final SurveyStore store;
    private final SurveyAnalysis analysis;
    private final CurrentUserProvider users;

    SurveyApiController(SurveyStore store, SurveyAnalysis analysis, CurrentUserProvider users) {
        this.store = store;
        this.analysis = analysis;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Daftar survei")
    List<SurveySummary> list() {
        return store.all().stream()
                .map(s -> new SurveySummary(s.id(), s.instrument().title(), s.synthetic(), s.respondents())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu survei dengan instrumennya")
    StoredSurvey get(@PathVariable long id) {
        return store.get(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Membuat survei dari instrumen JSON", description = "Jenis pertanyaan: SINGLE, MULTI, "
            + "LIKERT, NUMERIC, TEXT; label dalam Bahasa Indonesia (label) dan Inggris (labelEn).")
    ResponseEntity<Created> create(@RequestBody Instrument instrument) {
        long id = store.create(instrument, username(), false);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(new Created(id));
    }

    @PostMapping(path = "/xlsform", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Membuat survei dari XLSForm", description = "Lembar survey dan choices; label::Bahasa "
            + "(id) dan label::English (en) bila ada.")
    ResponseEntity<Created> createFromXlsForm(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("survey.upload.empty");
        }
        Instrument instrument = XlsForm.read(new ByteArrayInputStream(file.getBytes()), title);
        long id = store.create(instrument, username(), false);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(new Created(id));
    }

    @PostMapping(path = "/{id}/responses", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Mengunggah jawaban (CSV/XLSX)", description = "Ekspor KoboToolbox, ODK Central atau "
            + "LimeSurvey. Baris yang salah dilaporkan dan tidak disimpan; kolom identitas langsung dibuang.")
    UploadResult upload(@PathVariable long id, @RequestBody byte[] body) {
        return importTable(id, UploadedTable.read(body));
    }

    @PostMapping(path = "/{id}/responses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UploadResult uploadFile(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("survey.upload.empty");
        }
        return importTable(id, UploadedTable.read(file.getBytes()));
    }

    private UploadResult importTable(long id, UploadedTable table) {
        StoredSurvey survey = store.get(id);
        ImportReport report = new ResponseReader(survey.instrument()).read(table.headers(), table.rows());
        int rejectedRows = (int) report.errors().stream().mapToInt(RowError::row).distinct().count();
        if (report.respondents().isEmpty()) {
            throw new RuleViolationException("survey.upload.nothing-imported", rejectedRows);
        }
        int imported = store.addRespondents(id, report.respondents());
        return new UploadResult(imported, rejectedRows, report.errors(), report.droppedIdentifierColumns(),
                report.ignoredColumns());
    }

    @PostMapping(path = "/{id}/estimate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Estimasi berbasis desain", description = "Rata-rata/proporsi, total atau % jawaban "
            + "dengan SE, interval kepercayaan dan efek desain, sama dengan paket survey R.")
    EstimateResponse estimate(@PathVariable long id, @RequestBody EstimateRequest request) {
        return analysis.estimate(id, request);
    }

    private String username() {
        return users.current().map(CurrentUser::username).orElse("sistem");
    }
}
