// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.identity.CurrentUserProvider;
import id.netra.intake.importing.ImportJob;
import id.netra.intake.importing.ImportSource;
import id.netra.intake.importing.ReportImports;
import id.netra.shared.Decision;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import over the API: {@code dryRun=true} answers every row's problems at once; otherwise the import starts as
 * a job (202) whose progress {@code GET /api/v1/imports/{id}} reports.
 */
@RestController
class ImportApiController {

    private final CurrentUserProvider users;
    private final ReportImports imports;

    ImportApiController(CurrentUserProvider users, ReportImports imports) {
        this.users = users;
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        Decision.all(
                Decision.whenField(ImportSource.parse(source).isPresent(), "source", "intake.import.source"),
                Decision.whenField(file != null && !file.isEmpty(), "file", "intake.evidence.none"))
                .orThrowMalformed("problem.invalid-input");
        ImportSource system = ImportSource.parse(source).orElseThrow();
        if (dryRun) {
            return ResponseEntity.ok(imports.dryRun(users.require(), system, file.getBytes(),
                    LocaleContextHolder.getLocale()));
        }
        UUID jobId = imports.start(users.require(), system, file.getOriginalFilename(), file.getBytes(),
                LocaleContextHolder.getLocale());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + jobId))
                .body(Map.of("jobId", jobId));
    }

    @GetMapping("/api/v1/imports/{jobId}")
    ImportJob job(@PathVariable UUID jobId) {
        return imports.job(users.require(), jobId);
    }
}
