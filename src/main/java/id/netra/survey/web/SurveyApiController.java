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
import id.netra.survey.upload.ImportResult;
import id.netra.survey.upload.SurveyUploads;
import id.netra.survey.upload.UploadJob;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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

    record SurveySummary(long id, String title, boolean synthetic, int respondents) {
    }

    /** A background upload as its status endpoint shows it. */
    record JobView(String jobId, String state, int totalRows, int processedRows, int percent, ImportResult result,
            String error) {
    }

    private final SurveyStore store;
    private final SurveyAnalysis analysis;
    private final SurveyUploads uploads;
    private final CurrentUserProvider users;
    private final MessageSource messages;

    SurveyApiController(SurveyStore store, SurveyAnalysis analysis, SurveyUploads uploads, CurrentUserProvider users,
            MessageSource messages) {
        this.store = store;
        this.analysis = analysis;
        this.uploads = uploads;
        this.users = users;
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
        long id = uploads.createFromXlsForm(bytes(file), file == null ? null : file.getOriginalFilename(), title,
                username());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(new Created(id));
    }

    @PostMapping(path = "/{id}/responses", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Mengunggah jawaban (CSV/XLSX)", description = "Ekspor KoboToolbox, ODK Central atau "
            + "LimeSurvey. Baris yang salah dilaporkan dan tidak disimpan; kolom identitas langsung dibuang.")
    ImportResult upload(@PathVariable long id, @RequestBody byte[] body) {
        return uploads.importNow(id, uploads.table(body));
    }

    @PostMapping(path = "/{id}/responses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult uploadFile(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return uploads.importNow(id, uploads.table(bytes(file)));
    }

    @PostMapping(path = "/{id}/responses/jobs", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Mengunggah jawaban di latar belakang", description = "Untuk berkas besar: jawaban 202 "
            + "dengan jobId; kemajuan dan hasil (termasuk galat per baris) dibaca di /{id}/responses/jobs/{jobId}. "
            + "Status: running, done, failed, interrupted (server dimulai ulang saat berjalan; tidak ada yang "
            + "disimpan).")
    ResponseEntity<JobView> uploadInBackground(@PathVariable long id, @RequestBody byte[] body, Locale locale) {
        return started(id, uploads.start(id, null, uploads.table(body), username()), locale);
    }

    @PostMapping(path = "/{id}/responses/jobs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<JobView> uploadFileInBackground(@PathVariable long id,
            @RequestParam(required = false) MultipartFile file, Locale locale) throws IOException {
        UploadJob job = uploads.start(id, file == null ? null : file.getOriginalFilename(),
                uploads.table(bytes(file)), username());
        return started(id, job, locale);
    }

    @GetMapping("/{id}/responses/jobs/{jobId}")
    @Operation(summary = "Kemajuan unggahan di latar belakang")
    JobView uploadJob(@PathVariable long id, @PathVariable String jobId, Locale locale) {
        return parse(jobId).flatMap(job -> uploads.job(id, job)).map(job -> view(job, locale))
                .orElseThrow(() -> new NotFoundException("no upload job " + jobId));
    }

    private ResponseEntity<JobView> started(long id, UploadJob job, Locale locale) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/surveys/" + id + "/responses/jobs/" + job.id()))
                .body(view(job, locale));
    }

    private JobView view(UploadJob job, Locale locale) {
        String error = job.failureCode() == null ? null
                : messages.getMessage(job.failureCode(), job.failureArgArray(), locale);
        return new JobView(job.id().toString(), job.status().name().toLowerCase(Locale.ROOT), job.totalRows(),
                job.processedRows(), job.percent(), job.result(), error);
    }

    private static Optional<UUID> parse(String jobId) {
        try {
            return Optional.of(UUID.fromString(jobId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw PolicyRejectedException.because("survey.upload.empty");
        }
        uploads.checkSize(file.getSize());
        return file.getBytes();
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
