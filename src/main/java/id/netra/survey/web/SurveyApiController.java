// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
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
import java.util.Locale;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
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

    private static final Logger log = LoggerFactory.getLogger(SurveyApiController.class);

    private final SurveyStore store;
    private final SurveyAnalysis analysis;
    private final CurrentUserProvider users;
    private final UploadJobs jobs;
    private final MessageSource messages;

    SurveyApiController(SurveyStore store, SurveyAnalysis analysis, CurrentUserProvider users, UploadJobs jobs,
            MessageSource messages) {
        this.store = store;
        this.analysis = analysis;
        this.users = users;
        this.jobs = jobs;
        this.messages = messages;
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
            throw PolicyRejectedException.because("survey.upload.empty");
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
            throw PolicyRejectedException.because("survey.upload.empty");
        }
        return importTable(id, UploadedTable.read(file.getBytes()));
    }

    record UploadJob(String jobId, String state, int totalRows, int processedRows, int percent, Object result,
            String error) {
    }

    @PostMapping(path = "/{id}/responses/jobs", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Mengunggah jawaban di latar belakang", description = "Untuk berkas besar: jawaban 202 "
            + "dengan jobId; kemajuan dan hasil (termasuk galat per baris) dibaca di /{id}/responses/jobs/{jobId}.")
    ResponseEntity<UploadJob> uploadInBackground(@PathVariable long id, @RequestBody byte[] body, Locale locale) {
        return startJob(id, UploadedTable.read(body), locale);
    }

    @PostMapping(path = "/{id}/responses/jobs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadJob> uploadFileInBackground(@PathVariable long id,
            @RequestParam(required = false) MultipartFile file, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw PolicyRejectedException.because("survey.upload.empty");
        }
        return startJob(id, UploadedTable.read(file.getBytes()), locale);
    }

    @GetMapping("/{id}/responses/jobs/{jobId}")
    @Operation(summary = "Kemajuan unggahan di latar belakang")
    UploadJob uploadJob(@PathVariable long id, @PathVariable String jobId, Locale locale) {
        return jobs.status(id, jobId).map(s -> view(s, locale))
                .orElseThrow(() -> new NotFoundException("no upload job " + jobId));
    }

    private ResponseEntity<UploadJob> startJob(long id, UploadedTable table, Locale locale) {
        store.get(id);
        UploadJobs.Status status = jobs.start(id, table.rows().size(), progress -> importTable(id, table, progress),
                this::explain);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/surveys/" + id + "/responses/jobs/" + status.jobId()))
                .body(view(status, locale));
    }

    private UploadJob view(UploadJobs.Status s, Locale locale) {
        String error = s.errorCode() == null ? null : messages.getMessage(s.errorCode(), s.errorArgs(), locale);
        return new UploadJob(s.jobId(), s.state().name().toLowerCase(Locale.ROOT), s.totalRows(), s.processedRows(),
                s.percent(), s.result(), error);
    }

    /** A failed background upload as a message key and its arguments, for its status. */
    private Object[] explain(RuntimeException e) {
        if (e instanceof PolicyRejectedException rejected) {
            return prepend(rejected.messageKey(), rejected.args());
        }
        log.warn("Background upload failed", e);
        return new Object[] {"survey.upload.failed"};
    }

    private static Object[] prepend(String key, Object[] args) {
        Object[] out = new Object[args.length + 1];
        out[0] = key;
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }

    private UploadResult importTable(long id, UploadedTable table) {
        return importTable(id, table, done -> { });
    }

    private UploadResult importTable(long id, UploadedTable table, IntConsumer progress) {
        StoredSurvey survey = store.get(id);
        ImportReport report = new ResponseReader(survey.instrument()).read(table.headers(), table.rows(), progress);
        int rejectedRows = (int) report.errors().stream().mapToInt(RowError::row).distinct().count();
        if (report.respondents().isEmpty()) {
            throw PolicyRejectedException.because("survey.upload.nothing-imported", rejectedRows);
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
